import type { Selector } from '../schema';
import { collapseSpace as collapse, nameOf } from './name';
import { cssEscape } from './path';
import { roleOf } from './role';

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

const IMPLICIT: Record<string, string> = {
  button: 'button,input[type=button],input[type=submit],input[type=reset],input[type=image],summary',
  link: 'a[href],area[href]',
  checkbox: 'input[type=checkbox]',
  radio: 'input[type=radio]',
  textbox: 'input:not([type]),input[type=text],input[type=email],input[type=tel],input[type=url],textarea',
  searchbox: 'input[type=search]',
  combobox: 'select,input[list]',
  listbox: 'select[multiple],select[size],datalist',
  option: 'option',
  spinbutton: 'input[type=number]',
  slider: 'input[type=range]',
  heading: 'h1,h2,h3,h4,h5,h6',
  img: 'img',
  dialog: 'dialog',
  form: 'form',
  navigation: 'nav',
  main: 'main',
  row: 'tr',
  cell: 'td',
};


/**
 * Could el's accessible name be `name`? A cheap test on the strings a name is computed from
 * (content, aria-label, title, placeholder, alt, value, labels); elements named by reference
 * (aria-labelledby) always pass. Only those that pass get the full AccName computation.
 */
function mayBeNamed(el: Element, token: string): boolean {
  if (el.hasAttribute('aria-labelledby')) return true;
  for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'value']) {
    if (el.getAttribute(attr)?.includes(token)) return true;
  }
  if (el.textContent?.includes(token)) return true;
  const labels = (el as HTMLInputElement).labels;
  return !!labels && Array.from(labels).some((l) => l.textContent?.includes(token));
}

/** Elements that may have `role`: the explicit [role] ones and the elements that imply it. */
function candidatesFor(root: Root, role: string): NodeListOf<Element> {
  return root.querySelectorAll([`[role=${q(role)}]`, IMPLICIT[role]].filter(Boolean).join(','));
}

/** Other elements in root with the same role and accessible name as el. */
function othersWithRoleAndName(root: Root, el: Element, role: string, name: string): number {
  // the longest word of the name must occur in whatever the name is computed from
  const token = name.replace(/…$/, '').split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
  for (const e of candidatesFor(root, role)) {
    if (e === el || !mayBeNamed(e, token)) continue;
    if (roleOf(e) === role && nameOf(e) === name) return 1;
  }
  return 0;
}

function countCss(root: Root, css: string): number {
  try {
    return root.querySelectorAll(css).length;
  } catch {
    return 0;
  }
}

function attrSelector(root: Root, el: Element, attr: string, kind: Selector['kind']): Selector | null {
  const v = el.getAttribute(attr);
  if (!v || !v.trim()) return null;
  const css = `[${attr}=${q(v)}]`;
  return { kind, value: `internal:attr=[${attr}=${q(v)}s]`, unique: countCss(root, css) === 1 };
}

function labelText(el: Element): string | null {
  const labels = (el as HTMLInputElement).labels;
  if (!labels || labels.length === 0) return null;
  const text = collapse(labels[0]!.textContent);
  return text || null;
}

function countLabels(root: Root, text: string): number {
  let n = 0;
  for (const l of Array.from(root.querySelectorAll('label'))) {
    if (l.textContent?.includes(text.split(' ')[0]!) && collapse(l.textContent) === text) n += 1;
    if (n > 1) break;
  }
  return n;
}

function ownText(el: Element): string | null {
  const t = collapse(el.textContent);
  return t && t.length <= 80 ? t : null;
}

function othersWithText(root: Root, el: Element, text: string): number {
  const token = text.split(' ')[0]!;
  let n = 0;
  for (const e of Array.from(root.querySelectorAll(el.localName))) {
    if (e !== el && e.textContent?.includes(token) && collapse(e.textContent) === text) n += 1;
    if (n > 0) break;
  }
  return n;
}

export function cssPath(el: Element, root: Root): string {
  const parts: string[] = [];
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur.id && countCss(root, `#${cssEscape(cur.id)}`) === 1) {
      parts.unshift(`#${cssEscape(cur.id)}`);
      break;
    }
    const parent: Element | null = cur.parentElement;
    const siblings = parent ? Array.from(parent.children) : Array.from((cur.parentNode as ParentNode | null)?.children ?? []);
    const same = siblings.filter((c) => c.localName === cur!.localName);
    parts.unshift(same.length > 1 ? `${cur.localName}:nth-of-type(${same.indexOf(cur) + 1})` : cur.localName);
  }
  return parts.join(' > ');
}

export function xpathOf(el: Element): string {
  const parts: string[] = [];
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const tag = cur.localName;
    const parent = cur.parentElement;
    const siblings = parent ? Array.from(parent.children) : Array.from((cur.parentNode as ParentNode | null)?.children ?? []);
    const same = siblings.filter((c) => c.localName === tag);
    parts.unshift(same.length > 1 ? `${tag}[${same.indexOf(cur) + 1}]` : tag);
  }
  const inShadow = el.getRootNode() instanceof ShadowRoot;
  return (inShadow ? './' : '/') + parts.join('/');
}

const TEXT_ROLES = new Set(['button', 'link', 'menuitem', 'menuitemradio', 'menuitemcheckbox', 'option', 'tab', 'treeitem', 'gridcell', 'cell', 'heading']);


/**
 * Ranked selectors, best first, at least CSS and XPath. Cheap checks run now; role+name,
 * label and text uniqueness are deferred (see runDeferredChecks), after which the list is
 * re-ranked in place: unique selectors first, keeping priority order within each group.
 */
export function selectorsFor(el: Element, role: string, name: string): Selector[] {
  const root = el.getRootNode() as Root;
  const out: Selector[] = [];
  const later: Array<() => void> = [];
  const testid = attrSelector(root, el, 'data-testid', 'testid');
  if (testid) out.push({ ...testid, value: testid.value.replace('internal:attr=', 'internal:testid=') });
  if (role !== 'generic' && role !== 'none' && role !== 'presentation' && name) {
    const sel: Selector = { kind: 'role', value: `internal:role=${role}[name=${q(name)}s]`, unique: false };
    out.push(sel);
    later.push(() => { sel.unique = othersWithRoleAndName(root, el, role, name) === 0; });
  }
  const ph = attrSelector(root, el, 'placeholder', 'placeholder');
  if (ph) out.push(ph);
  const label = labelText(el);
  if (label) {
    const sel: Selector = { kind: 'label', value: `internal:label=${q(label)}s`, unique: false };
    out.push(sel);
    later.push(() => { sel.unique = countLabels(root, label) === 1; });
  }
  if (el.localName === 'img' || el.localName === 'area' || (el.localName === 'input' && (el as HTMLInputElement).type === 'image')) {
    const alt = attrSelector(root, el, 'alt', 'alt');
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
  const title = attrSelector(root, el, 'title', 'title');
  if (title) out.push(title);
  const css = cssPath(el, root);
  out.push({ kind: 'css', value: `css=${css}`, unique: countCss(root, css) === 1 });
  out.push({ kind: 'xpath', value: `xpath=${xpathOf(el)}`, unique: true });
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
