import { getRole } from 'dom-accessibility-api';

/**
 * The element's role: explicit ARIA (first valid token) or the implicit HTML-AAM role.
 * Password fields are 'textbox' (as browsers expose them); other elements with no role are 'generic'.
 */
export function roleOf(el: Element): string {
  const role = getRole(el);
  if (role) return role;
  // HTML-AAM gives password fields no ARIA role; browsers expose them as text boxes.
  if (el instanceof HTMLInputElement && el.type === 'password') return 'textbox';
  return 'generic';
}

let cacheEvent: Event | null = null;
let cache = new Map<Element, string>();

/**
 * roleOf, remembered for the rest of one event's dispatch: the click and selection modules
 * walk the same composed path in their own listeners.
 */
export function roleDuring(e: Event, el: Element): string {
  if (e !== cacheEvent) {
    cacheEvent = e;
    cache = new Map();
  }
  let r = cache.get(el);
  if (r === undefined) {
    r = roleOf(el);
    cache.set(el, r);
  }
  return r;
}

/** Roles a person acts on directly; the target of a click is the nearest of these. */
export const ACTIONABLE_ROLES: ReadonlySet<string> = new Set([
  'button', 'link', 'checkbox', 'radio', 'switch', 'menuitem', 'menuitemcheckbox', 'menuitemradio',
  'option', 'tab', 'treeitem', 'gridcell', 'textbox', 'searchbox', 'combobox', 'listbox', 'slider',
  'spinbutton', 'columnheader', 'rowheader', 'row',
]);

export const LANDMARK_ROLES: ReadonlySet<string> = new Set([
  'banner', 'complementary', 'contentinfo', 'form', 'main', 'navigation', 'region', 'search',
]);

/** Roles of the widgets that own selectable items. */
export const OWNER_ROLES: ReadonlySet<string> = new Set(['listbox', 'menu', 'menubar', 'grid', 'tree', 'tablist', 'radiogroup', 'treegrid']);
