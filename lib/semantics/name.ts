import { computeAccessibleDescription, computeAccessibleName, getRole } from 'dom-accessibility-api';
import { byTag } from './path';
import { generatesIn, generatingRules, mayGenerate, pseudoText, type Rules } from './pseudo';

const MAX_NAME = 200;

/** Whitespace collapsed to single spaces and trimmed, as names and labels are compared. */
export function collapseSpace(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

function tidy(s: string): string {
  const t = collapseSpace(s);
  return t.length > MAX_NAME ? `${t.slice(0, MAX_NAME - 1)}…` : t;
}

/** Roles named from their content (AccName 1.2, as dom-accessibility-api lists them). */
const FROM_CONTENT = new Set(['button', 'cell', 'checkbox', 'columnheader', 'gridcell', 'heading', 'link', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'radio', 'row', 'rowheader', 'switch', 'tab', 'tooltip', 'treeitem']);
/** Tags the quick path takes: no native naming rules of their own beyond content (and labels, for button). */
const PLAIN_TAGS = new Set(['a', 'button', 'div', 'span', 'li', 'td', 'th', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Elements inside a target that the quick path reads as plain text: no naming rules of their own. */
const PLAIN_INNER = new Set(['span', 'b', 'i', 'em', 'strong', 'small', 'div', 'p', 'br', 'u', 's', 'mark', 'kbd', 'code', 'sub', 'sup', 'abbr', 'time', 'bdi', 'bdo']);
/**
 * Elements inside a target that AccName also reads for their content when nested (cells,
 * links, list items, and buttons, whose own ARIA label is then skipped): without naming
 * attributes they read like plain ones.
 */
const CONTENT_INNER = new Set(['td', 'th', 'a', 'li', 'button', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const NAMING_INNER = ['role', 'aria-label', 'aria-labelledby', 'aria-owns', 'title', 'alt', 'aria-describedby'];

/**
 * Elements known to be rendered: those on the composed path of a pointer event the browser
 * dispatched (it hit the innermost one). None of them is `display: none`, and the hit one is not
 * `visibility: hidden`; its ancestors are taken not to be either (an ancestor hidden by
 * `visibility` whose hit descendant overrides it is the one case named differently). Knowing
 * this, a name needs no style read for them: at a press, the first style read recalculates the
 * page's style (docs/performance.md).
 */
export type Shown = ReadonlySet<Element> | undefined;

function hiddenByAttr(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

function isHiddenEl(el: Element, shown: Shown): boolean {
  if (hiddenByAttr(el)) return true;
  if (shown?.has(el)) return false;
  const s = getComputedStyle(el);
  // the named properties read faster than getPropertyValue in Chromium (same values)
  return s.display === 'none' || s.visibility === 'hidden';
}

/** Whether el has at most one child that may add to a name (non-blank text, or an element not hidden by attribute). */
function oneContributor(el: Element): boolean {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3 ? /\S/.test((c as Text).data) : c.nodeType === 1 && !hiddenByAttr(c as Element)) n += 1;
    if (n > 1) return false;
  }
  return true;
}

/** What a nested checkbox or radio with an ARIA label (a row's "Select" box) gives a name: its label; else null. */
function nestedBoxLabel(el: Element): string | null {
  if (el.localName !== 'input') return null;
  const type = (el as HTMLInputElement).type;
  if (type !== 'checkbox' && type !== 'radio') return null;
  if (el.hasAttribute('aria-labelledby') || el.hasAttribute('role')) return null;
  const label = (el.getAttribute('aria-label') ?? '').trim();
  return label || null;
}

/**
 * The text of el's content as AccName computes it, when everything inside is plain (text,
 * plain inline or block elements, cells, links and buttons without naming attributes of their
 * own, checkboxes with an ARIA label); else null. As in dom-accessibility-api: hidden parts
 * give nothing, and an element that is not `display: inline` is set apart by spaces.
 */
function plainContent(el: Element, shown: Shown, gen: Rules | null): string | null {
  // generated text (::before, ::after) goes around the content, without spaces (as browsers
  // and Playwright put it)
  const generates = gen === null ? 0 : mayGenerate(el, gen);
  const before = generates & 1 ? pseudoText(el, '::before') : '';
  const after = generates & 2 ? pseudoText(el, '::after') : '';
  if (before) generated.push(before);
  if (after) generated.push(after);
  // a shown child that is the only content needs no style read: it is not hidden, and the
  // spaces its display would put around it are trimmed away (unless generated text is next to it)
  const alone = shown !== undefined && !before && !after && oneContributor(el);
  let out = before;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      out += (n as Text).data;
      continue;
    }
    if (n.nodeType !== 1) continue;
    const child = n as Element;
    if (hiddenByAttr(child)) continue;
    const box = nestedBoxLabel(child);
    const plain = PLAIN_INNER.has(child.localName) || CONTENT_INNER.has(child.localName);
    if ((box === null && !plain) || child.shadowRoot || (box === null && NAMING_INNER.some((a) => child.hasAttribute(a)))) return null;
    let sep = '';
    if (!(alone && shown!.has(child))) {
      const style = getComputedStyle(child);
      const display = style.display;
      if (display === 'none' || style.visibility === 'hidden') continue;
      if (display !== 'inline') sep = ' ';
    }
    let inner: string | null = box;
    if (inner === null) inner = plainContent(child, shown, gen);
    if (inner === null) return null;
    out += sep + inner.trim() + sep;
  }
  return out + after;
}

/**
 * The name of the commonest targets, an element named by plain content (`<button><span
 * class="icon" aria-hidden="true"></span>Save</button>`, a link, a cell, an ARIA option),
 * without the general algorithm, which also asks the browser for a button's `labels` (a walk
 * over the whole page). Returns null when the case is not that simple. The result is
 * dom-accessibility-api's: test/unit/name.test.ts compares the two on generated markup.
 */
function quickName(el: Element, role: string, shown: Shown, gen: Rules | null): string | null {
  if (el.hasAttribute('aria-labelledby')) return labelledByName(el, role, shown, gen);
  if (el.hasAttribute('aria-label')) return ariaLabelName(el, role, shown);
  if (el.localName === 'select' || el.localName === 'textarea' || (el.localName === 'input' && TEXTISH.has((el as HTMLInputElement).type))) return labelledName(el, shown, gen);
  if (el.namespaceURI !== XHTML) return null;
  if (!FROM_CONTENT.has(role)) return unnamedContainer(el) ? '' : null;
  if (!PLAIN_TAGS.has(el.localName)) return null;
  if (el.shadowRoot || el.hasAttribute('aria-owns')) return null;
  if (el.localName === 'button' && labelsOf(el).length) return null;
  if (isHiddenEl(el, shown)) return '';
  const content = plainContent(el, shown, gen);
  if (content === null) return null;
  return tidy(content) || tidy(el.getAttribute('title') ?? '');
}

const XHTML = 'http://www.w3.org/1999/xhtml';
/** Roles that prohibit naming (ARIA 1.2): the general algorithm names them nothing. */
const PROHIBITED = new Set(['caption', 'code', 'deletion', 'emphasis', 'generic', 'insertion', 'none', 'paragraph', 'presentation', 'strong', 'subscript', 'superscript']);

/**
 * An element named by its own aria-label (AccName step 2C; labelledby, 2B, comes first and is
 * left to the general algorithm): the label, or nothing when the element is hidden. Null when
 * the label is blank or the role prohibits naming.
 */
function ariaLabelName(el: Element, role: string, shown: Shown): string | null {
  const label = el.getAttribute('aria-label');
  if (!label || !label.trim() || PROHIBITED.has(role)) return null;
  return isHiddenEl(el, shown) ? '' : tidy(label);
}
/** Tags with no naming rules of their own (no labels, caption, legend or alt): named only by ARIA or title. */
const NO_NATIVE_NAME = new Set(['div', 'span', 'p', 'section', 'article', 'nav', 'main', 'header', 'footer', 'aside', 'form', 'search', 'dialog', 'ul', 'ol', 'li']);

/**
 * A landmark, form, dialog or widget container (the context of most targets) with nothing to
 * name it: its role takes no name from content, so without aria-label, aria-labelledby or
 * title its name is empty.
 */
function unnamedContainer(el: Element): boolean {
  return NO_NATIVE_NAME.has(el.localName) && !el.hasAttribute('aria-label') && !el.hasAttribute('aria-labelledby') && !el.hasAttribute('title');
}

/** Elements that may name another by aria-labelledby through the quick path: text containers with no native naming rules. */
const PLAIN_REFS = new Set([...NO_NATIVE_NAME, 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'label', 'legend', 'strong', 'b', 'em', 'small', 'td', 'th']);

/**
 * An element named by aria-labelledby (AccName step 2B; the ids are looked up in its own root)
 * when each referenced element is a text container with plain content or its own aria-label:
 * their texts joined by spaces, a hidden referenced element included, hidden parts inside it
 * not. Nothing when el itself is hidden. Null for anything else (no valid reference, a
 * reference to el or around it, repeated references, controls, markup with naming rules).
 */
function labelledByName(el: Element, role: string, shown: Shown, gen: Rules | null): string | null {
  const ids = (el.getAttribute('aria-labelledby') ?? '').trim();
  if (!ids || PROHIBITED.has(role)) return null;
  const root = el.getRootNode() as Document | ShadowRoot;
  const refs: Element[] = [];
  for (const id of ids.split(/\s+/)) {
    const ref = root.getElementById(id);
    if (!ref) continue;
    if (ref === el || ref.contains(el) || refs.includes(ref) || !PLAIN_REFS.has(ref.localName) || ref.namespaceURI !== XHTML || ref.hasAttribute('aria-labelledby')) return null;
    refs.push(ref);
  }
  if (refs.length === 0) return null;
  if (isHiddenEl(el, shown)) return '';
  const parts: string[] = [];
  for (const ref of refs) {
    const label = (ref.getAttribute('aria-label') ?? '').trim();
    if (label) {
      parts.push(label);
      continue;
    }
    if (ref.hasAttribute('role') || ref.hasAttribute('aria-owns')) return null;
    const text = plainContent(ref, shown, gen);
    // an empty reference would be named by its title: left to the general algorithm
    if (text === null || !text.trim()) return null;
    parts.push(text.trim());
  }
  return tidy(parts.join(' '));
}

/** Input types whose name comes from labels, then title or placeholder (not from a value). */
const TEXTISH = new Set(['text', 'email', 'tel', 'url', 'search', 'number', 'password', 'date', 'time', 'datetime-local', 'month', 'week']);

/**
 * The labels of el, in document order, as the browser's `labels` gives them, but found from
 * the root's <label> elements: `labels` makes the browser walk the page after any change. Only
 * a label that contains el or names its id can label it, so most elements need no look at all.
 */
export function labelsOf(el: Element): Element[] {
  if (!el.id && !el.closest('label')) return [];
  const all = byTag(el.getRootNode() as Document | ShadowRoot, 'label');
  const out: Element[] = [];
  for (let i = 0; i < all.length; i++) if ((all[i] as HTMLLabelElement).control === el) out.push(all[i]!);
  return out;
}

/**
 * A form control named by plain labels (`<label for="email">E-mail</label>`): their text, as
 * AccName computes it, without the browser's `labels` (a walk over the page after any change).
 * Null when the name comes from anything else (title, placeholder, embedded controls); ARIA
 * naming is handled before (quickName).
 */
function labelledName(el: Element, shown: Shown, gen: Rules | null): string | null {
  if (isHiddenEl(el, shown)) return '';
  const parts: string[] = [];
  for (const label of labelsOf(el)) {
    if (NAMING_INNER.some((a) => label.hasAttribute(a))) return null;
    if (isHiddenEl(label, shown)) continue;
    const text = plainContent(label, shown, gen);
    if (text === null) return null;
    if (text.trim()) parts.push(text.trim());
  }
  const name = tidy(parts.join(' '));
  return name || null;
}

/**
 * Whether the general algorithm should read ::before and ::after: when a rule may give text to
 * el or inside it or its labels, or its name may come from elsewhere (aria-labelledby). Reading
 * them costs two style reads per element it visits.
 */
function pseudoInGeneral(el: Element, gen: Rules | null): boolean {
  return gen !== null && (generatesIn(el, gen) || el.hasAttribute('aria-labelledby') || labelsOf(el).some((l) => generatesIn(l, gen)));
}

/** The generated text (::before, ::after) that went into the last name the quick path computed. */
let generated: string[] = [];

/** What the last `nameOf` took from ::before and ::after (by the quick path; the general algorithm does not say). */
export function generatedText(): readonly string[] {
  return generated;
}

/**
 * Accessible name per AccName 1.2, whitespace-collapsed and bounded. `role` (getRole's) lets
 * simple cases go quicker; `shown` (see Shown) lets them skip style reads.
 */
export function nameOf(el: Element, role?: string, shown?: Shown): string {
  generated = [];
  try {
    // the rules by which the page's style sheets may add ::before or ::after text (pseudo.ts)
    const gen = generatingRules(el.getRootNode() as Document | ShadowRoot);
    return quickName(el, role ?? getRole(el) ?? '', shown, gen) ?? tidy(computeAccessibleName(el, { computedStyleSupportsPseudoElements: pseudoInGeneral(el, gen) }));
  } catch {
    return '';
  }
}

/** Accessible description; most elements have none, so skip AccName unless something can give one. */
export function descriptionOf(el: Element): string {
  if (!el.hasAttribute('aria-describedby') && !el.hasAttribute('aria-description') && !el.hasAttribute('title')) return '';
  try {
    return tidy(computeAccessibleDescription(el, { computedStyleSupportsPseudoElements: generatingRules(el.getRootNode() as Document | ShadowRoot) !== null }));
  } catch {
    return '';
  }
}
