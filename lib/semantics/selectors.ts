import type { Selector } from '../schema';
import { nameOf } from './name';
import { cssEscape } from './path';
import { roleOf } from './role';

/**
 * Ranked selectors in Playwright's locator priority: test id, role+name, placeholder, label,
 * alt, text, title, then CSS and XPath. Values use Playwright's selector syntax, so
 * `page.locator(value)` resolves them (inside the step's frame and shadow path). Each is
 * checked for uniqueness in the element's own root (document or shadow root).
 */

type Root = Document | ShadowRoot;

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

const collapse = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * Could el's accessible name be `name`? A cheap test on the strings a name is computed from
 * (content, aria-label, title, placeholder, alt, value, labels); elements named by reference
 * (aria-labelledby) always pass. Only those that pass get the full AccName computation.
 */
function mayBeNamed(el: Element, name: string): boolean {
  if (el.hasAttribute('aria-labelledby')) return true;
  for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'value']) {
    const v = el.getAttribute(attr);
    if (v && collapse(v).includes(name)) return true;
  }
  if (collapse(el.textContent).includes(name)) return true;
  const labels = (el as HTMLInputElement).labels;
  return !!labels && Array.from(labels).some((l) => collapse(l.textContent).includes(name));
}

function countByRoleAndName(root: Root, role: string, name: string): number {
  const css = [`[role=${q(role)}]`, IMPLICIT[role]].filter(Boolean).join(',');
  const probe = name.endsWith('…') ? name.slice(0, -1) : name;
  let n = 0;
  for (const e of Array.from(root.querySelectorAll(css))) {
    if (!mayBeNamed(e, probe)) continue;
    if (roleOf(e) === role && nameOf(e) === name) n += 1;
    if (n > 1) break;
  }
  return n;
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
  const text = (labels[0]!.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text || null;
}

function countLabels(root: Root, text: string): number {
  let n = 0;
  for (const l of Array.from(root.querySelectorAll('label'))) {
    if (collapse(l.textContent) === text) n += 1;
    if (n > 1) break;
  }
  return n;
}

function ownText(el: Element): string | null {
  const t = collapse(el.textContent);
  return t && t.length <= 80 ? t : null;
}

function countText(root: Root, el: Element, text: string): number {
  let n = 0;
  for (const e of Array.from(root.querySelectorAll(el.localName))) {
    if (collapse(e.textContent) === text) n += 1;
    if (n > 1) break;
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

/** Ranked selectors, best first, at least CSS and XPath. */
export function selectorsFor(el: Element, role: string, name: string): Selector[] {
  const root = el.getRootNode() as Root;
  const out: Selector[] = [];
  const testid = attrSelector(root, el, 'data-testid', 'testid');
  if (testid) out.push({ ...testid, value: testid.value.replace('internal:attr=', 'internal:testid=') });
  if (role !== 'generic' && role !== 'none' && role !== 'presentation' && name) {
    out.push({ kind: 'role', value: `internal:role=${role}[name=${q(name)}s]`, unique: countByRoleAndName(root, role, name) === 1 });
  }
  const ph = attrSelector(root, el, 'placeholder', 'placeholder');
  if (ph) out.push(ph);
  const label = labelText(el);
  if (label) out.push({ kind: 'label', value: `internal:label=${q(label)}s`, unique: countLabels(root, label) === 1 });
  if (el.localName === 'img' || el.localName === 'area' || (el.localName === 'input' && (el as HTMLInputElement).type === 'image')) {
    const alt = attrSelector(root, el, 'alt', 'alt');
    if (alt) out.push(alt);
  }
  if (TEXT_ROLES.has(role)) {
    const text = ownText(el);
    if (text) out.push({ kind: 'text', value: `internal:text=${q(text)}s`, unique: countText(root, el, text) === 1 });
  }
  const title = attrSelector(root, el, 'title', 'title');
  if (title) out.push(title);
  const css = cssPath(el, root);
  out.push({ kind: 'css', value: `css=${css}`, unique: countCss(root, css) === 1 });
  out.push({ kind: 'xpath', value: `xpath=${xpathOf(el)}`, unique: true });
  // unique selectors first, keeping priority order within each group
  return [...out.filter((s) => s.unique), ...out.filter((s) => !s.unique)];
}
