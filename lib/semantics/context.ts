import type { Target } from '../schema';
import { nameOf, type Shown } from './name';
import { closestComposed, parentAcrossShadow } from './path';
import { LANDMARK_ROLES, OWNER_ROLES, roleOf } from './role';

type Context = Target['context'];

/**
 * Elements that can have a landmark, dialog, form or owner role without a role attribute.
 * Others (div, td, tbody …) are skipped without computing their role, which for table parts
 * means a walk up the table.
 */
const CONTEXT_TAGS = new Set(['header', 'footer', 'nav', 'main', 'aside', 'form', 'section', 'search', 'dialog', 'select', 'datalist']);

/** The nearest landmark, dialog, form and owning widget around el, each with its accessible name. */
export function contextOf(el: Element, shown?: Shown): Context {
  const ctx: Context = {};
  const start = parentAcrossShadow(el);
  if (!start) return ctx;
  closestComposed(start, (e) => {
    if (!CONTEXT_TAGS.has(e.localName) && !e.hasAttribute('role')) return false;
    const role = roleOf(e);
    if (!ctx.dialog && (role === 'dialog' || role === 'alertdialog')) ctx.dialog = { role, name: nameOf(e, role, shown) };
    if (!ctx.form && e.localName === 'form') ctx.form = { role: 'form', name: nameOf(e, role, shown) };
    if (!ctx.listbox && OWNER_ROLES.has(role)) ctx.listbox = { role, name: nameOf(e, role, shown) };
    if (!ctx.landmark && LANDMARK_ROLES.has(role) && role !== 'form') ctx.landmark = { role, name: nameOf(e, role, shown) };
    return false;
  });
  return ctx;
}
