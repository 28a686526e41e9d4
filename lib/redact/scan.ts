/**
 * One shared pass over the (decoded) text that every detector reads, instead of each detector
 * scanning the whole text with its own regular expressions:
 * - `groups`: every maximal run of ASCII digits, as flat [start, end, start, end, …];
 * - `hits`: occurrences of the detectors' keywords (labels such as "date of birth",
 *   "assigned to", "api_key", vendor token prefixes…), found by walking one trie from each
 *   word start. A keyword matches case-insensitively, at a word start, and — when it ends
 *   in a letter or digit — only if no letter or digit follows.
 * Detectors then run their small anchored patterns only where a hit or digit group is.
 */
import { isAlnumCode as isAlnumCodeImported, lowerCode as lowerCodeImported } from './detectors/util';

// module-local bindings: the hot loops below call these without going through the import
const isAlnumCode = isAlnumCodeImported;
const lowerCode = lowerCodeImported;

export interface Keyword {
  /** lower-case keyword; a space also matches '_' (so "date of birth" finds date_of_birth) */
  word: string;
  /** detector-specific kind, e.g. "person.prefix" */
  kind: string;
  /** match as a prefix: letters or digits may follow (vendor token prefixes such as "akia") */
  prefix?: boolean;
}

export interface Hit {
  kind: string;
  start: number;
  end: number;
  word: string;
}

interface Term { kind: string; word: string; prefix: boolean; family: number }

/** Keyword families (the part of a kind before the first '.': "person", "phone" …), one bit each. */
const FAMILY_BITS = new Map<string, number>();

/** The bit of a keyword family in `Scan.families` (0 for a family no keyword belongs to yet). */
export function familyBit(family: string): number {
  return FAMILY_BITS.get(family) ?? 0;
}

function registerFamily(kind: string): number {
  const family = kind.includes('.') ? kind.slice(0, kind.indexOf('.')) : kind;
  let bit = FAMILY_BITS.get(family);
  if (bit === undefined) {
    if (FAMILY_BITS.size >= 30) return 0;
    bit = 1 << FAMILY_BITS.size;
    FAMILY_BITS.set(family, bit);
  }
  return bit;
}

/** Characters whose presence the scan records in `Scan.chars`. */
export const CH_AT = 1; // '@'
export const CH_COLON = 2; // ':'
export const CH_DASH = 4; // '-'
export const CH_BULLET = 8; // '•'
export const CH_DOT = 16; // '.'
/** ": " or " • " (a chat line or field: "Jane Doe: …") */
export const CH_CHAT = 32;
/** "::", or two colons with hex digits on both sides (an IPv6 address may be there) */
export const CH_V6 = 64;
const CHAR_FLAG = new Uint8Array(128);
CHAR_FLAG[46] = CH_DOT;
CHAR_FLAG[64] = CH_AT;
CHAR_FLAG[58] = CH_COLON;
CHAR_FLAG[45] = CH_DASH;

interface BuildNode {
  next: Map<number, BuildNode>;
  terms: Term[] | null;
  id: number;
}

/**
 * A trie over many keywords, matched at word starts. Built with Maps, then frozen into flat
 * typed arrays (edges per node sorted by character, root transitions for ASCII in a table):
 * a few tens of KB, and no hashing on the hot path.
 */
function isHexCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** ASCII classes: 0 other, 1 letter, 2 digit. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 2;
for (let c = 65; c <= 90; c++) { ASCII_CLASS[c] = 1; ASCII_CLASS[c + 32] = 1; }

export class KeywordIndex {
  private readonly edgeStart: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeTo: Int32Array;
  /** the terms ending at node k are terms[termFrom[k] … termFrom[k + 1]) */
  private readonly termFrom: Int32Array;
  private readonly terms: Term[];
  private readonly rootAscii: Int32Array;
  /** the first of the root's edges on a non-ASCII character (edges are sorted by character) */
  private readonly rootNonAsciiFrom: number;
  /** the trie node after two ASCII characters (c0 * 128 + c1), or -1: no keyword starts so */
  private readonly pair: Int32Array = new Int32Array(128 * 128).fill(-1);
  /** first characters that are keywords on their own ("q", "u"): the walk starts after one character */
  private readonly anySecond: Uint8Array = new Uint8Array(128);
  /** summary of the last `find`: families of the keywords found, `CH_*` characters met, digit count */
  found = 0;
  chars = 0;
  digits = 0;

  constructor(keywords: readonly Keyword[]) {
    const root: BuildNode = { next: new Map(), terms: null, id: 0 };
    const nodes: BuildNode[] = [root];
    const add = (word: string, k: Keyword): void => {
      let node = root;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        let child = node.next.get(c);
        if (!child) {
          child = { next: new Map(), terms: null, id: nodes.length };
          nodes.push(child);
          node.next.set(c, child);
        }
        node = child;
      }
      if (!node.terms) node.terms = [];
      if (!node.terms.some((t) => t.kind === k.kind)) node.terms.push({ kind: k.kind, word: k.word, prefix: k.prefix === true, family: registerFamily(k.kind) });
    };
    const mark = (w: string): void => {
      const c0 = w.charCodeAt(0);
      if (c0 >= 128) return;
      // a keyword with a non-ASCII second character is reached through the text's: that
      // character is not ASCII either, and takes the walk from the first character
      if (w.length < 2) this.anySecond[c0] = 1;
    };
    for (const k of keywords) {
      add(k.word, k);
      mark(k.word);
      if (k.word.includes(' ')) {
        add(k.word.replace(/ /g, '_'), k);
        mark(k.word.replace(/ /g, '_'));
      }
    }
    let edges = 0;
    for (const n of nodes) edges += n.next.size;
    this.edgeStart = new Int32Array(nodes.length + 1);
    this.edgeChar = new Uint16Array(edges);
    this.edgeTo = new Int32Array(edges);
    this.termFrom = new Int32Array(nodes.length + 1);
    this.terms = [];
    for (const n of nodes) {
      this.termFrom[n.id] = this.terms.length;
      if (n.terms) this.terms.push(...n.terms);
    }
    this.termFrom[nodes.length] = this.terms.length;
    let e = 0;
    for (const n of nodes) {
      this.edgeStart[n.id] = e;
      for (const [c, child] of [...n.next].sort((a, b) => a[0] - b[0])) {
        this.edgeChar[e] = c;
        this.edgeTo[e] = child.id;
        e++;
      }
    }
    this.edgeStart[nodes.length] = e;
    let from = this.edgeStart[0] as number;
    while (from < (this.edgeStart[1] as number) && (this.edgeChar[from] as number) < 128) from++;
    this.rootNonAsciiFrom = from;
    this.rootAscii = new Int32Array(128).fill(-1);
    for (const [c, child] of root.next) {
      if (c >= 128) continue;
      this.rootAscii[c] = child.id;
      for (const [c1, grandchild] of child.next) if (c1 < 128) this.pair[c * 128 + c1] = grandchild.id;
    }
  }

  /** The root's child on `c`: as `child(0, c)`, but past the root's ASCII edges when `c` is not ASCII. */
  private rootChildNonAscii(c: number): number {
    if (c < 128) return this.rootAscii[c] as number;
    const end = this.edgeStart[1] as number;
    for (let e = this.rootNonAsciiFrom; e < end; e++) {
      const ec = this.edgeChar[e] as number;
      if (ec === c) return this.edgeTo[e] as number;
      if (ec > c) return -1;
    }
    return -1;
  }

  private child(node: number, c: number): number {
    const end = this.edgeStart[node + 1] as number;
    for (let e = this.edgeStart[node] as number; e < end; e++) {
      const ec = this.edgeChar[e] as number;
      if (ec === c) return this.edgeTo[e] as number;
      if (ec > c) return -1;
    }
    return -1;
  }

  /**
   * Appends every keyword occurrence in `text` (compared lower-case, character by character,
   * so offsets are the text's) to `out`, and the digit runs ([start, end, …]) met on the way
   * to `groups`.
   */
  find(text: string, out: Hit[], groups: number[]): void {
    this.found = 0;
    this.chars = 0;
    this.digits = 0;
    let chars = 0;
    let digits = 0;
    let hexColons = 0;
    const n = text.length;
    const rootAscii = this.rootAscii;
    const pair = this.pair;
    const anySecond = this.anySecond;
    const termFrom = this.termFrom;
    let prevAlnum = false;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        const k = ASCII_CLASS[c] as number;
        if (k === 0) {
          chars |= CHAR_FLAG[c] as number;
          prevAlnum = false;
          if (c === 58) {
            const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
            if (next === 32) chars |= CH_CHAT;
            if (next === 58 || (isHexCode(text.charCodeAt(i - 1)) && isHexCode(next) && ++hexColons >= 2)) chars |= CH_V6;
          }
          continue;
        }
        if (k === 2) {
          // a digit run
          let j = i + 1;
          while (j < n) {
            const d = text.charCodeAt(j);
            if (d < 48 || d > 57) break;
            j++;
          }
          groups.push(i, j);
          digits += j - i;
          if (!prevAlnum) {
            const first = rootAscii[c] as number;
            if (first >= 0) this.walk(text, i, first, i + 1, out);
          }
          i = j - 1;
          prevAlnum = true;
          continue;
        }
        if (prevAlnum) {
          // inside a word: skip the rest of its ASCII letters (nothing is recorded for them)
          while (i + 1 < n) {
            const d = text.charCodeAt(i + 1);
            if (((d | 32) - 97) >>> 0 >= 26) break; // not an ASCII letter
            i++;
          }
        } else {
          prevAlnum = true;
          const lc = c | 32;
          const first = rootAscii[lc] as number;
          if (first >= 0) {
            let c1 = i + 1 < n ? text.charCodeAt(i + 1) : 0;
            if (c1 >= 65 && c1 <= 90) c1 += 32;
            if (anySecond[lc] === 1 || c1 >= 128) this.walk(text, i, first, i + 1, out);
            else {
              // straight to the node after two characters
              const second = pair[lc * 128 + c1] as number;
              if (second >= 0) {
                // most walks end at the third character: take that step here, and call the
                // walk only when a keyword ends at the second or the trie goes on
                if (termFrom[second] !== termFrom[second + 1]) this.walk(text, i, second, i + 2, out);
                else if (i + 2 < n) {
                  let c2 = text.charCodeAt(i + 2);
                  c2 = c2 < 128 ? (c2 >= 65 && c2 <= 90 ? c2 + 32 : c2) : lowerCode(c2);
                  const third = this.child(second, c2);
                  if (third >= 0) this.walk(text, i, third, i + 3, out);
                }
              }
            }
          }
        }
      } else {
        if (c === 0x2022) {
          chars |= CH_BULLET;
          if (text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32) chars |= CH_CHAT;
        }
        if (!prevAlnum) {
          const first = this.rootChildNonAscii(lowerCode(c));
          if (first >= 0) this.walk(text, i, first, i + 1, out);
        }
        prevAlnum = isAlnumCode(c);
      }
    }
    this.chars = chars;
    this.digits = digits;
  }

  /** Reports the keywords starting at `i`, from trie `node` reached on text[i, j). */
  private walk(text: string, i: number, node: number, j: number, out: Hit[]): void {
    const n = text.length;
    const terms = this.terms;
    const termFrom = this.termFrom;
    const edgeStart = this.edgeStart;
    const edgeChar = this.edgeChar;
    const edgeTo = this.edgeTo;
    for (;;) {
      const tEnd = termFrom[node + 1] as number;
      let t = termFrom[node] as number;
      if (t < tEnd) {
        const bounded = j >= n || !isAlnumCode(text.charCodeAt(j - 1)) || !isAlnumCode(text.charCodeAt(j));
        for (; t < tEnd; t++) {
          const term = terms[t] as Term;
          if (bounded || term.prefix) {
            out.push({ kind: term.kind, start: i, end: j, word: term.word });
            // a keyword that is a whole bracketed word ("[PERSON]", a placeholder) is no
            // evidence for any detector: each needs a separator, value or context around it
            if (!(i > 0 && text.charCodeAt(i - 1) === 91 && j < n && text.charCodeAt(j) === 93)) this.found |= term.family;
          }
        }
      }
      if (j >= n) return;
      let c = text.charCodeAt(j);
      c = c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : lowerCode(c);
      // the child on `c`: edges are sorted by character
      const end = edgeStart[node + 1] as number;
      let e = edgeStart[node] as number;
      node = -1;
      for (; e < end; e++) {
        const ec = edgeChar[e] as number;
        if (ec >= c) {
          if (ec === c) node = edgeTo[e] as number;
          break;
        }
      }
      if (node < 0) return;
      j++;
    }
  }
}

export interface Scan {
  text: string;
  /** digit runs, flat: [start0, end0, start1, end1, …] */
  groups: number[];
  hits: Hit[];
  /**
   * bits (`familyBit`) of the keyword families among `hits`, leaving out keywords that make up
   * a whole bracketed word such as a placeholder ("[PERSON]"): no detector finds anything from those
   */
  families: number;
  /** `CH_*` bits of the characters present in the text */
  chars: number;
  /** ASCII digits in the text */
  digits: number;
}

export function scanText(text: string, index: KeywordIndex): Scan {
  const groups: number[] = [];
  const hits: Hit[] = [];
  index.find(text, hits, groups);
  return { text, groups, hits, families: index.found, chars: index.chars, digits: index.digits };
}

// Shapes of the digit runs, for the detectors' gates (computed on demand from `Scan.groups`).

/** A run of 2+ digits right after two ASCII letters (an IBAN may start there). */
export function hasIbanStart(scan: Scan): boolean {
  const { text, groups } = scan;
  for (let k = 0; k < groups.length; k += 2) {
    const s = groups[k] as number;
    if ((groups[k + 1] as number) - s >= 2 && s >= 2 && ASCII_CLASS[text.charCodeAt(s - 1)] === 1 && ASCII_CLASS[text.charCodeAt(s - 2)] === 1) return true;
  }
  return false;
}

/** A run of 4, 5 or 8 digits followed by ' ' or '-' (a postal code may be there). */
export function hasPostalShape(scan: Scan): boolean {
  const { text, groups } = scan;
  for (let k = 0; k < groups.length; k += 2) {
    const len = (groups[k + 1] as number) - (groups[k] as number);
    if (len !== 4 && len !== 5 && len !== 8) continue;
    const next = text.charCodeAt(groups[k + 1] as number);
    if (next === 32 || next === 45) return true;
  }
  return false;
}

/** Digit runs joined by single ' ' or '-' holding `min`+ digits (as the card detector joins them). */
export function hasJoinedDigits(scan: Scan, min: number): boolean {
  const { text, groups } = scan;
  let run = 0;
  for (let k = 0; k < groups.length; k += 2) {
    const s = groups[k] as number;
    const len = (groups[k + 1] as number) - s;
    const prevEnd = k > 0 ? (groups[k - 1] as number) : -2;
    run = s === prevEnd + 1 && (text.charCodeAt(prevEnd) === 32 || text.charCodeAt(prevEnd) === 45) ? run + len : len;
    if (run >= min) return true;
  }
  return false;
}

/** Digit runs joined by gaps of up to three of " -./()" holding `min`+ digits (as the phone detector joins them). */
export function hasGappedDigits(scan: Scan, min: number): boolean {
  const { text, groups } = scan;
  let run = 0;
  for (let k = 0; k < groups.length; k += 2) {
    const s = groups[k] as number;
    const len = (groups[k + 1] as number) - s;
    let joined = k > 0 && s - (groups[k - 1] as number) <= 3;
    for (let x = k > 0 ? (groups[k - 1] as number) : s; joined && x < s; x++) {
      const d = text.charCodeAt(x);
      joined = d === 32 || d === 45 || d === 46 || d === 47 || d === 40 || d === 41;
    }
    run = joined ? run + len : len;
    if (run >= min) return true;
  }
  return false;
}
