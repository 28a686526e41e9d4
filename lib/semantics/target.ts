import type { Target } from '../schema';
import { contextOf } from './context';
import { indexFor } from './page-index';
import { descriptionOf, generatedText, nameOf, type Shown } from './name';
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

/** How long a description is reused for the same element while its page does not change. */
const REUSE_MS = 10_000;
/** Descriptions kept for reuse: a field being edited and the elements pressed around it. */
const KEEP = 3;
interface Kept { el: Element; target: Target; version: number; at: number }
const kept: Kept[] = [];

/**
 * Role, accessible name, states, context and ranked selectors of el. An element is often
 * described more than once within seconds: a field when clicked and again when its input is
 * recorded on leaving it. While nothing in its page's text, naming attributes or structure has
 * changed since (page-index.ts), the earlier description is reused with fresh states, instead
 * of reading styles that typing or the press has just invalidated. `shown`: elements known to
 * be rendered (name.ts), which the name computation then need not ask styles about.
 */
export function describeTarget(el: Element, shown?: Shown): Target {
  const root = el.getRootNode() as Document | ShadowRoot;
  const now = Date.now();
  const version = indexFor(root).version;
  for (let i = 0; i < kept.length; i++) {
    const k = kept[i] as Kept;
    if (k.el !== el) continue;
    if (now - k.at < REUSE_MS && k.version === version) return { ...k.target, states: statesOf(el) };
    kept.splice(i, 1);
    break;
  }
  const target = describeNow(el, shown);
  kept.unshift({ el, target, version, at: now });
  if (kept.length > KEEP) kept.length = KEEP;
  return target;
}

/** Forgets kept descriptions (capture stopped). */
export function forgetDescriptions(): void {
  kept.length = 0;
}

function describeNow(el: Element, shown: Shown): Target {
  const role = roleOf(el);
  const name = nameOf(el, role, shown);
  const generated = generatedText();
  const description = descriptionOf(el);
  return {
    role,
    name,
    ...(description ? { description } : {}),
    tag: el.localName,
    states: statesOf(el),
    selectors: selectorsFor(el, role, name, generated),
    shadowPath: shadowPathOf(el),
    context: contextOf(el, shown),
  };
}
