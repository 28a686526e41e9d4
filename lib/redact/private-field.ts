/**
 * Private fields: elements whose value (and, for the capture layer, anything typed into them)
 * is never recorded. A field is private when it
 * - is a password input, or has ever been one (pages toggle `type` to "show password": the
 *   content script calls `markEverPassword` on `focusin` for password fields, and any element
 *   carrying `data-waypoint-ever-password` counts too);
 * - has an autocomplete token for card data (`cc-number`, `cc-csc`, `cc-exp`, … any `cc-*`),
 *   one-time codes or passwords (`one-time-code`, `new-password`, `current-password`);
 * - is marked, or sits inside an element marked, `data-waypoint-private`;
 * - matches, or sits inside an element matching, one of the policy's `privateSelectors`
 *   (an invalid selector is ignored, never thrown).
 * Only `matches`, `closest`, `getAttribute` and `type` are used, so this runs on any DOM.
 * Any unexpected error answers "private" (fail closed).
 */

export const PRIVATE_ATTR = 'data-waypoint-private';
export const EVER_PASSWORD_ATTR = 'data-waypoint-ever-password';

const everPassword = new WeakSet<Element>();

const PRIVATE_AUTOCOMPLETE = new Set(['one-time-code', 'new-password', 'current-password']);

/** Remembers that `el` has been a password field (call on `focusin` when `type` is password). */
export function markEverPassword(el: Element): void {
  everPassword.add(el);
}

/** Whether `el` has been recorded by `markEverPassword`. */
export function wasEverPassword(el: Element): boolean {
  return everPassword.has(el);
}

function isPasswordType(el: Element): boolean {
  const t = (el as Element & { type?: unknown }).type;
  if (typeof t === 'string' && t.toLowerCase() === 'password') return true;
  const attr = el.getAttribute('type');
  return attr !== null && attr.trim().toLowerCase() === 'password';
}

function hasPrivateAutocomplete(el: Element): boolean {
  const ac = el.getAttribute('autocomplete');
  if (!ac) return false;
  for (const token of ac.toLowerCase().split(/\s+/)) {
    if (token.startsWith('cc-') || PRIVATE_AUTOCOMPLETE.has(token)) return true;
  }
  return false;
}

function matchesSelector(el: Element, selector: string): boolean {
  if (typeof selector !== 'string' || selector.trim() === '') return false;
  try {
    return el.matches(selector) || el.closest(selector) !== null;
  } catch {
    return false; // invalid selector: ignored
  }
}

export function isPrivateField(el: Element, privateSelectors: readonly string[]): boolean {
  try {
    if (isPasswordType(el) || everPassword.has(el) || el.getAttribute(EVER_PASSWORD_ATTR) !== null) return true;
    if (hasPrivateAutocomplete(el)) return true;
    if (el.closest(`[${PRIVATE_ATTR}]`) !== null) return true;
    for (const sel of Array.isArray(privateSelectors) ? privateSelectors : []) {
      if (matchesSelector(el, sel)) return true;
    }
    return false;
  } catch {
    return true;
  }
}
