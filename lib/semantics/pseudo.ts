/**
 * CSS generated content in names (AccName 1.2, step 2F.ii): the text of an element's ::before
 * and ::after pseudo-elements is part of a name computed from content. Browsers and Playwright
 * include it (`<button><i class="fa fa-save"></i> Save</button>` with an icon font is named
 * "\uf0c7 Save"; a label with `.required::after { content: " *" }` gives "Email *"), so a
 * role selector without it does not resolve when replayed.
 *
 * Reading a pseudo-element's style costs a style read per element, and at a press the first
 * one recalculates the page's style (docs/performance.md). So the style sheets are read
 * first: only an element that a rule with non-empty string `content` on ::before or ::after
 * may match is asked. A root with a style sheet that cannot be read (cross-origin) or with
 * nested rules gives no such answer: there every element is asked.
 */

type Root = Document | ShadowRoot;

/** The subjects of rules with text on one pseudo-element, keyed by a class of theirs. */
interface Keyed {
  byClass: Map<string, string[]>;
  /** subjects without a class (`#id`, `label`, `[data-x]`, `:is(…)`): tested on every element */
  other: string[];
}

/** The rules of a root that may give an element generated text. */
export interface Rules {
  /** what the sheets looked like when read: their count and rule counts */
  sig: string;
  /** a sheet could not be read (cross-origin) or uses nesting: any element may have generated text */
  opaque: boolean;
  before: Keyed;
  after: Keyed;
  /** every subject, as one selector list (empty: none) */
  all: string;
  /** when the signature was last compared (ms) */
  checked: number;
}

/**
 * The sheets are compared with their last reading at most this often (ms). Rules a page adds
 * through the CSSOM (CSS-in-JS) within that time before an interaction are not seen by it.
 */
const RECHECK_MS = 1000;
let indexes = new WeakMap<Root, Rules>();

/** Forgets what the style sheets said (capture stopped). */
export function forgetGeneratingRules(): void {
  indexes = new WeakMap();
}

function sheetsOf(root: Root): CSSStyleSheet[] {
  const out: CSSStyleSheet[] = [];
  for (let i = 0; i < root.styleSheets.length; i++) out.push(root.styleSheets[i] as CSSStyleSheet);
  const adopted = (root as { adoptedStyleSheets?: readonly CSSStyleSheet[] }).adoptedStyleSheets;
  if (adopted) out.push(...adopted);
  return out;
}

/** The sheets' count and rule counts, and the total number of rules (of the sheets that can be read). */
function signature(sheets: readonly CSSStyleSheet[]): [string, number] {
  let sig = String(sheets.length);
  let total = 0;
  for (const s of sheets) {
    try {
      const n = s.cssRules.length;
      sig += `,${n}`;
      total += n;
    } catch {
      sig += ',x';
    }
  }
  return [sig, total];
}

const PSEUDO_AT_END = /::?(?:before|after)\s*$/i;

/**
 * Splits a selector list at its top-level commas, and a selector into what comes before its
 * last top-level combinator and its last compound (brackets, parentheses and quotes respected).
 */
function scan(sel: string, onComma: (at: number) => void, onCombinator?: (at: number) => void): void {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < sel.length; i++) {
    const c = sel[i] as string;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '\\') i++;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && c === ',') onComma(i);
    else if (depth === 0 && onCombinator && (c === ' ' || c === '>' || c === '+' || c === '~')) onCombinator(i);
  }
}

function splitList(list: string): string[] {
  const parts: string[] = [];
  let from = 0;
  scan(list, (at) => {
    parts.push(list.slice(from, at).trim());
    from = at + 1;
  });
  parts.push(list.slice(from).trim());
  return parts;
}

/** Files the element part of `sel` (a selector whose pseudo-element has been cut off) under a class of its subject. */
function file(rules: Keyed, sel: string): void {
  let last = 0;
  scan(sel, () => {}, (at) => { last = at + 1; });
  // a class of the last compound, before any attribute or pseudo-class (an escaped name is not read)
  const cls = sel.includes('\\') ? null : /^[^[(:]*?\.([\w-]+)/.exec(sel.slice(last));
  if (!cls) {
    rules.other.push(sel || '*');
    return;
  }
  const list = rules.byClass.get(cls[1] as string);
  if (list) list.push(sel);
  else rules.byClass.set(cls[1] as string, [sel]);
}

/** Whether a `content` value can put text on the page (not none, normal or only empty strings). */
function givesText(content: string): boolean {
  const v = content.trim();
  return v !== '' && v !== 'none' && v !== 'normal' && v !== '""' && v !== "''";
}

function readRules(rules: Rules, list: CSSRuleList): void {
  for (let i = 0; i < list.length; i++) {
    const rule = list[i] as CSSRule;
    // told apart by what they have (jsdom lacks some of the rule classes)
    if ('selectorText' in rule) {
      const style = rule as CSSStyleRule;
      // nested rules (`&::before`) do not say their full selector: any element may match
      if (style.cssRules && style.cssRules.length > 0) {
        rules.opaque = true;
        return;
      }
      const text = style.selectorText;
      if (!/:(?:before|after)/i.test(text) || !givesText(style.style.getPropertyValue('content'))) continue;
      for (const sel of splitList(text)) {
        const pseudo = PSEUDO_AT_END.exec(sel);
        if (pseudo) file(/after/i.test(pseudo[0]) ? rules.after : rules.before, sel.slice(0, pseudo.index).trim());
      }
    } else if ('styleSheet' in rule && 'href' in rule) {
      try {
        const sheet = (rule as CSSImportRule).styleSheet;
        if (sheet) readRules(rules, sheet.cssRules);
      } catch {
        rules.opaque = true;
      }
    } else if ('cssRules' in rule) {
      // @media, @supports, @layer, @container …: their conditions are not evaluated (a rule that may apply counts)
      readRules(rules, (rule as CSSGroupingRule).cssRules);
    }
    if (rules.opaque) return;
  }
}

function noRules(sig: string, checked: number): Rules {
  return { sig, opaque: false, before: { byClass: new Map(), other: [] }, after: { byClass: new Map(), other: [] }, all: '', checked };
}

function build(sheets: readonly CSSStyleSheet[], sig: string, now: number): Rules {
  const rules = noRules(sig, now);
  for (const s of sheets) {
    try {
      readRules(rules, s.cssRules);
    } catch {
      rules.opaque = true;
    }
    if (rules.opaque) break;
  }
  const { before: b, after: a } = rules;
  rules.all = [...new Set(b.other.concat(a.other, ...b.byClass.values(), ...a.byClass.values()))].join(',');
  return rules;
}

/**
 * Sheets with more rules than this are read in idle time, not in an event handler: reading
 * 8,000 rules (an icon font and a CSS-in-JS app) takes 10–40 ms in Chromium. Until then the
 * last reading is used, or none (no generated text is looked for).
 */
const READ_NOW_MAX = 1500;
const scheduled = new WeakSet<Root>();

/** Reads root's style sheets in idle time (when capture starts, so the first press finds them read, and for large sheets). */
export function readGeneratingRulesLater(root: Root): void {
  if (scheduled.has(root)) return;
  scheduled.add(root);
  const run = () => {
    scheduled.delete(root);
    const sheets = sheetsOf(root);
    const [sig] = signature(sheets);
    indexes.set(root, build(sheets, sig, performance.now()));
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}

function rulesFor(root: Root): Rules {
  const now = performance.now();
  const rules = indexes.get(root);
  if (rules && now - rules.checked < RECHECK_MS) return rules;
  const sheets = sheetsOf(root);
  const [sig, total] = signature(sheets);
  if (rules && rules.sig === sig) {
    rules.checked = now;
    return rules;
  }
  if (total > READ_NOW_MAX) {
    readGeneratingRulesLater(root);
    const stale = rules ?? noRules('', now);
    stale.checked = now;
    indexes.set(root, stale);
    return stale;
  }
  const fresh = build(sheets, sig, now);
  indexes.set(root, fresh);
  return fresh;
}

/**
 * The rules of root's style sheets that may give an element ::before or ::after text; null
 * when there are none (most names then need no look at all).
 */
export function generatingRules(root: Root): Rules | null {
  const r = rulesFor(root);
  return r.opaque || r.all ? r : null;
}

/** Whether a rule may give el or an element inside it generated text (one native query). */
export function generatesIn(el: Element, r: Rules): boolean {
  if (r.opaque) return true;
  try {
    return el.matches(r.all) || el.querySelector(r.all) !== null;
  } catch {
    return true;
  }
}

function matchesAny(el: Element, k: Keyed): boolean {
  let candidates = k.other;
  for (let i = 0; i < el.classList.length; i++) {
    const list = k.byClass.get(el.classList[i] as string);
    if (list) candidates = candidates.concat(list);
  }
  if (candidates.length === 0) return false;
  try {
    return el.matches(candidates.join(','));
  } catch {
    return true;
  }
}

/** Which of el's pseudo-elements a rule may give text (selector matching only, no style read): 1 ::before, 2 ::after, 3 both, 0 neither. */
export function mayGenerate(el: Element, r: Rules): number {
  if (r.opaque) return 3;
  return (matchesAny(el, r.before) ? 1 : 0) | (matchesAny(el, r.after) ? 2 : 0);
}

/**
 * The text a `content` value gives, as Playwright reads it: strings and `attr(name)` joined,
 * the alternative text after a `/` when there is one; nothing for anything else (counters,
 * images, quotes), which Playwright leaves out too.
 */
export function contentText(el: Element, value: string): string {
  const parts: string[] = [];
  let alt: string[] | null = null;
  // a string (its escapes: `\\e900 `, `\\"`), attr(name), the `/` before alternative text, or space
  const token = /\s+|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|attr\(\s*([\w-]+)\s*\)|(\/)/y;
  for (let m: RegExpExecArray | null; token.lastIndex < value.length;) {
    if (!(m = token.exec(value))) return '';
    const str = m[1] ?? m[2];
    if (m[4]) alt = [];
    else if (m[3]) (alt ?? parts).push(el.getAttribute(m[3]) ?? '');
    else if (str !== undefined) (alt ?? parts).push(str.replace(/\\(?:([0-9a-fA-F]{1,6}) ?|(.))/g, (_, hex: string | undefined, c: string) => (hex ? String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff) || 0xfffd) : c)));
  }
  return (alt ?? parts).join('');
}

/** The text of el's ::before or ::after (empty when it has none, or it is not displayed). */
export function pseudoText(el: Element, which: '::before' | '::after'): string {
  const s = getComputedStyle(el, which);
  const content = s.content;
  if (!givesText(content) || s.display === 'none' || s.visibility === 'hidden') return '';
  return contentText(el, content);
}
