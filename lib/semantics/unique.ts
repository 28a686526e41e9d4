import { collapseSpace as collapse, nameOf } from './name';
import { type Entry, indexFor, type RootIndex } from './page-index';
import { byTag } from './path';
import { roleOf } from './role';

/**
 * Uniqueness checks for the selectors that need a scan of the page: role+name, label and
 * text. Each counts the *other* elements in the root that the selector would also match.
 *
 * They are built to be cheap on large pages (see docs/performance.md):
 * - candidates come from the document's tag collections plus one single-attribute query for
 *   `[role=…]` (a selector *list* would cost a traversal of the page per entry), and are kept
 *   per role until the page's structure changes (page-index.ts);
 * - a candidate gets the full AccName computation only if every word of the name occurs in
 *   something its name can be computed from; those strings are cached per element until its
 *   text or naming attributes change.
 */

type Root = Document | ShadowRoot;

/** Elements that imply a role, by tag, with an optional cheap test on the element. */
type Implicit = readonly (readonly [tag: string, test?: (el: Element) => boolean])[];

const inputOfType = (...types: string[]) => (el: Element) => types.includes((el.getAttribute('type') ?? '').toLowerCase());
/** any input without a list: the role check on each candidate sorts out the rest (type="foo" is a text box too) */
const textInput = (el: Element) => !el.hasAttribute('list');

const IMPLICIT: Record<string, Implicit> = {
  button: [['button'], ['input', inputOfType('button', 'submit', 'reset', 'image')], ['summary']],
  link: [['a', (el) => el.hasAttribute('href')], ['area', (el) => el.hasAttribute('href')]],
  checkbox: [['input', inputOfType('checkbox')]],
  radio: [['input', inputOfType('radio')]],
  textbox: [['input', textInput], ['textarea']],
  searchbox: [['input', inputOfType('search')]],
  combobox: [['select'], ['input', (el) => el.hasAttribute('list')]],
  listbox: [['select'], ['datalist']],
  option: [['option']],
  spinbutton: [['input', inputOfType('number')]],
  slider: [['input', inputOfType('range')]],
  heading: [['h1'], ['h2'], ['h3'], ['h4'], ['h5'], ['h6']],
  img: [['img']],
  dialog: [['dialog']],
  form: [['form']],
  navigation: [['nav']],
  main: [['main']],
  row: [['tr']],
  cell: [['td']],
  gridcell: [['td']],
  columnheader: [['th']],
  rowheader: [['th']],
};

/** Elements that may have `role`: the explicit [role] ones, then those that imply it. */
export function candidates(root: Root, role: string): Element[] {
  const out = Array.from(root.querySelectorAll(`[role=${JSON.stringify(role)}]`));
  for (const [tag, test] of IMPLICIT[role] ?? []) {
    const els = byTag(root, tag);
    for (let i = 0; i < els.length; i++) {
      const el = els[i]!;
      if ((!test || test(el)) && el.getAttribute('role') !== role) out.push(el);
    }
  }
  return out;
}

/**
 * Could el's accessible name be the name made of `words`? A cheap test on what a name is
 * computed from: every word must occur in its content or the naming attributes on and inside
 * it (cached, see page-index.ts); else the longest word, `token`, in one of its aria-labelledby
 * targets, or it is one of `labelled`, the controls of the labels that have the token.
 */
function mayBeNamed(ix: RootIndex, root: Root, el: Element, entry: Entry, words: readonly string[], token: string, labelled: () => ReadonlySet<Element>): boolean {
  if (words.every((w) => entry.hay.includes(w))) return true;
  if (entry.always) {
    const by = el.getAttribute('aria-labelledby');
    if (!by) return true;
    for (const id of by.split(/\s+/)) {
      const ref = id ? root.getElementById(id) : null;
      if (ref && ix.entry(ref).text.includes(token)) return true;
    }
  }
  return labelled().has(el);
}

/** The controls of root's labels whose text has `token` (found from the labels: asking each candidate for its `labels` walks the page). */
function labelledWith(ix: RootIndex, root: Root, token: string): Set<Element> {
  const out = new Set<Element>();
  const labels = byTag(root, 'label');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] as HTMLLabelElement;
    if (!ix.entry(label).text.includes(token)) continue;
    const control = label.control;
    if (control) out.add(control);
  }
  return out;
}

function longestWord(words: readonly string[]): string {
  let best = '';
  for (const w of words) if (w.length > best.length) best = w;
  return best;
}

/**
 * The words of a name that its element's strings may have: not the text that ::before and
 * ::after added (`generated`), which is in no element's strings. Empty when that is all of it.
 */
function wordsOf(name: string, generated: readonly string[]): string[] {
  let rest = name.replace(/…$/, '');
  if (generated.length === 0) return rest.split(' ');
  for (const g of generated) {
    const t = collapse(g);
    if (t) rest = rest.replace(t, ' ');
  }
  rest = collapse(rest);
  return rest ? rest.split(' ') : [];
}

/**
 * Other elements in root with the same role and accessible name as el: 0 or 1 (stops at the
 * first). `generated`: what ::before and ::after added to el's name.
 */
export function othersWithRoleAndName(root: Root, el: Element, role: string, name: string, generated: readonly string[] = []): number {
  const ix = indexFor(root);
  const words = wordsOf(name, generated);
  // a name all of generated text: no word to look for, so every candidate is asked (rare: an icon with no label)
  if (words.length === 0) words.push('');
  const token = longestWord(words);
  // the controls of labels with the word: looked for only when a candidate's own strings do not have it
  let controls: Set<Element> | null = null;
  const labelled = () => (controls ??= labelledWith(ix, root, token));
  const same = (e: Element) => e !== el && roleOf(e) === role && nameOf(e, role) === name;
  const els = ix.list(role, () => candidates(root, role));
  const entries = ix.entriesFor(role, els);
  // most candidates are ruled out by the name's longest word, in one search (page-index.ts)
  const found = ix.some(role, els, token, (i) => {
    const e = els[i]!;
    return e !== el && mayBeNamed(ix, root, e, entries[i]!, words, token, labelled) && same(e);
  });
  if (found) return 1;
  // named by a label that has the word
  for (const e of labelled()) if (same(e)) return 1;
  return 0;
}

/** Is the entry's whitespace-collapsed text `text`? (`token` is a word of it, for a quick no.) */
function flatIs(entry: Entry, token: string, text: string): boolean {
  if (entry.text.length < text.length || !entry.text.includes(token)) return false;
  entry.flat ??= collapse(entry.text);
  return entry.flat === text;
}

/** Labels in root whose text is `text`: 0, 1 or 2 (stops at the second). */
export function countLabels(root: Root, text: string): number {
  const ix = indexFor(root);
  const token = text.split(' ')[0]!;
  const labels = byTag(root, 'label');
  let n = 0;
  for (let i = 0; i < labels.length && n < 2; i++) {
    if (flatIs(ix.entry(labels[i]!), token, text)) n += 1;
  }
  return n;
}

/** Other elements with el's tag whose text is `text`: 0 or 1 (stops at the first). */
export function othersWithText(root: Root, el: Element, text: string): number {
  const ix = indexFor(root);
  const token = text.split(' ')[0]!;
  const key = `<${el.localName}`;
  const els = ix.list(key, () => Array.from(byTag(root, el.localName)));
  return ix.some(key, els, token, (i) => els[i] !== el && flatIs(ix.entry(els[i]!), token, text)) ? 1 : 0;
}
