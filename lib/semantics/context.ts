import type { Target } from '../schema';
import { nameOf } from './name';
import { closestComposed, parentAcrossShadow } from './path';
import { LANDMARK_ROLES, OWNER_ROLES, roleOf } from './role';

type Context = Target['context'];

/** The nearest landmark, dialog, form and owning widget around el, each with its accessible name. */
export function contextOf(el: Element): Context {
  const ctx: Context = {};
  const start = parentAcrossShadow(el);
  if (!start) return ctx;
  closestComposed(start, (e) => {
    const role = roleOf(e);
    if (!ctx.dialog && (role === 'dialog' || role === 'alertdialog')) ctx.dialog = { role, name: nameOf(e) };
    if (!ctx.form && e.localName === 'form') ctx.form = { role: 'form', name: nameOf(e) };
    if (!ctx.listbox && OWNER_ROLES.has(role)) ctx.listbox = { role, name: nameOf(e) };
    if (!ctx.landmark && LANDMARK_ROLES.has(role) && role !== 'form') ctx.landmark = { role, name: nameOf(e) };
    return false;
  });
  return ctx;
}
