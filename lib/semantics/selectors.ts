import type { Selector } from '../schema';
import { collapseSpace as collapse, labelsOf } from './name';
import { cssEscape } from './path';
import { indexFor } from './page-index';
import { countLabels, othersWithRoleAndName, othersWithText } from './unique';

/**
 * Ranked selectors in Playwright's locator priority: test id, role+name, placeholder, label,
 * alt, text, title, then CSS and XPath. Values use Playwright's selector syntax, so
 * `page.locator(value)` resolves them (inside the step's frame and shadow path). Each is
 * checked for uniqueness in the element's own root (document or shadow root).
 */

type Root = Document | ShadowRoot;

/**
 * Uniqueness checks that walk many elements (role+name, label, text) are not run in the event
 * handler: they are queued and run by `runDeferredChecks`, which the content script calls
 * when the browser is idle (and before the page is hidden), before the step is sent. A check
 * counts the *other* elements that match, so it still holds if the target has gone by then.
 */
const deferred: Array<() => void> = [];

export function runDeferredChecks(): void {
  while (deferred.length) deferred.shift()!();
}


const q = (s: string): string => JSON.stringify(s);

function countCss(root: Root, css: string): number {
  try {
    return root.querySelectorAll(css).length;
  } catch {
    return 0;
  }
}

/** Other elements in root whose attribute `attr` is `value` (the page index keeps who has it). */
function othersWithAttr(root: Root, el: Element, attr: string, value: string): number {
  let n = 0;
  for (const e of indexFor(root).withAttr(attr)) if (e !== el && e.getAttribute(attr) === value) n += 1;
  return n;
}

/** A selector on one attribute's exact value; its uniqueness is checked later (`later`). */
function attrSelector(root: Root, el: Element, attr: string, kind: Selector['kind'], later: Array<() => void>): Selector | null {
  const v = el.getAttribute(attr);
  if (!v || !v.trim()) return null;
  const sel: Selector = { kind, value: `internal:attr=[${attr}=${q(v)}s]`, unique: false };
  later.push(() => { sel.unique = othersWithAttr(root, el, attr, v) === 0; });
  return sel;
}

function labelText(el: Element): string | null {
  const first = labelsOf(el)[0];
  const text = first ? collapse(first.textContent) : '';
  return text || null;
}

function ownText(el: Element): string | null {
  const t = collapse(el.textContent);
  return t && t.length <= 80 ? t : null;
}

/** el and its ancestors up to its root, each with its position among same-tag siblings (0: alone). */
function lineage(el: Element): [Element, number][] {
  const ix = indexFor(el.getRootNode() as Root);
  const out: [Element, number][] = [];
  for (let cur: Element | null = el; cur; cur = cur.parentElement) out.push([cur, ix.typeIndex(cur)]);
  return out;
}

/**
 * A CSS path from the nearest ancestor with a unique id (or the root) down to el, with
 * :nth-of-type wherever a tag repeats among siblings. In a document it starts at a unique id
 * or at <html>, so it matches el alone by construction.
 */
export function cssPath(el: Element, root: Root, line = lineage(el)): string {
  const parts: string[] = [];
  for (const [cur, n] of line) {
    if (cur.id && countCss(root, `#${cssEscape(cur.id)}`) === 1) {
      parts.push(`#${cssEscape(cur.id)}`);
      break;
    }
    parts.push(n ? `${cur.localName}:nth-of-type(${n})` : cur.localName);
  }
  return parts.reverse().join(' > ');
}

export function xpathOf(el: Element, line = lineage(el)): string {
  const parts = line.map(([cur, n]) => (n ? `${cur.localName}[${n}]` : cur.localName)).reverse();
  const inShadow = el.getRootNode() instanceof ShadowRoot;
  return (inShadow ? './' : '/') + parts.join('/');
}

const TEXT_ROLES = new Set(['button', 'link', 'menuitem', 'menuitemradio', 'menuitemcheckbox', 'option', 'tab', 'treeitem', 'gridcell', 'cell', 'heading']);


/**
 * Ranked selectors, best first, at least CSS and XPath. Cheap checks run now; role+name,
 * label and text uniqueness are deferred (see runDeferredChecks), after which the list is
 * re-ranked in place: unique selectors first, keeping priority order within each group.
 */
export function selectorsFor(el: Element, role: string, name: string, generated: readonly string[] = []): Selector[] {
  const root = el.getRootNode() as Root;
  const out: Selector[] = [];
  const later: Array<() => void> = [];
  const testid = attrSelector(root, el, 'data-testid', 'testid', later);
  if (testid) {
    testid.value = testid.value.replace('internal:attr=', 'internal:testid=');
    out.push(testid);
  }
  if (role !== 'generic' && role !== 'none' && role !== 'presentation' && name) {
    const sel: Selector = { kind: 'role', value: `internal:role=${role}[name=${q(name)}s]`, unique: false };
    out.push(sel);
    later.push(() => { sel.unique = othersWithRoleAndName(root, el, role, name, generated) === 0; });
  }
  const ph = attrSelector(root, el, 'placeholder', 'placeholder', later);
  if (ph) out.push(ph);
  const label = labelText(el);
  if (label) {
    const sel: Selector = { kind: 'label', value: `internal:label=${q(label)}s`, unique: false };
    out.push(sel);
    later.push(() => { sel.unique = countLabels(root, label) === 1; });
  }
  if (el.localName === 'img' || el.localName === 'area' || (el.localName === 'input' && (el as HTMLInputElement).type === 'image')) {
    const alt = attrSelector(root, el, 'alt', 'alt', later);
    if (alt) out.push(alt);
  }
  if (TEXT_ROLES.has(role)) {
    const text = ownText(el);
    if (text) {
      const sel: Selector = { kind: 'text', value: `internal:text=${q(text)}s`, unique: false };
      out.push(sel);
      later.push(() => { sel.unique = othersWithText(root, el, text) === 0; });
    }
  }
  const title = attrSelector(root, el, 'title', 'title', later);
  if (title) out.push(title);
  const line = lineage(el);
  const css = cssPath(el, root, line);
  // a document path is unique by construction; a shadow root's may also match deeper down
  out.push({ kind: 'css', value: `css=${css}`, unique: root.nodeType === Node.DOCUMENT_NODE || countCss(root, css) === 1 });
  out.push({ kind: 'xpath', value: `xpath=${xpathOf(el, line)}`, unique: true });
  const priority = new Map(out.map((sel, i) => [sel, i]));
  const rank = () => out.sort((a, b) => Number(b.unique) - Number(a.unique) || priority.get(a)! - priority.get(b)!);
  rank();
  if (later.length) {
    deferred.push(() => {
      for (const check of later) check();
      rank();
    });
  }
  return out;
}
