import type { Target } from '../schema';
import { contextOf } from './context';
import { descriptionOf, nameOf } from './name';
import { shadowPathOf } from './path';
import { ACTIONABLE_ROLES, roleOf } from './role';
import { selectorsFor } from './selectors';
import { statesOf } from './states';

/**
 * The element a person acted on: the innermost element on the event's composed path whose
 * role is actionable (a span inside a button resolves to the button), else the innermost element.
 */
export function actionableFrom(path: readonly EventTarget[], role: (el: Element) => string = roleOf): Element | null {
  let first: Element | null = null;
  for (const t of path) {
    if (!(t instanceof Element)) continue;
    first ??= t;
    if (ACTIONABLE_ROLES.has(role(t))) return t;
    if (t.localName === 'body' || t.localName === 'html') break;
  }
  return first;
}

/** Role, accessible name, states, context and ranked selectors of el. */
export function describeTarget(el: Element): Target {
  const role = roleOf(el);
  const name = nameOf(el, role);
  const description = descriptionOf(el);
  return {
    role,
    name,
    ...(description ? { description } : {}),
    tag: el.localName,
    states: statesOf(el),
    selectors: selectorsFor(el, role, name),
    shadowPath: shadowPathOf(el),
    context: contextOf(el),
  };
}
