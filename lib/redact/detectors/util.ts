/** Character-class helpers shared by the detectors (cheap, allocation-free). */

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isAsciiAlnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Unicode classes of a code unit, as bits (computed once per distinct code unit, 64 KB). */
export const CL_LETTER = 2;
export const CL_NUMBER = 4;
export const CL_MARK = 8;
const CLASS = new Uint8Array(65536);
const RE_L = /\p{L}/u;
const RE_N = /\p{N}/u;
const RE_M = /\p{M}/u;

/**
 * The Unicode class bits of the UTF-16 code unit `c` taken on its own (a lone surrogate is
 * none of them), as `/\p{L}/u.test(String.fromCharCode(c))` etc. would say.
 */
export function classOf(c: number): number {
  let k = CLASS[c] as number;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = 1 | (RE_L.test(ch) ? CL_LETTER : 0) | (RE_N.test(ch) ? CL_NUMBER : 0) | (RE_M.test(ch) ? CL_MARK : 0);
    CLASS[c] = k;
  }
  return k;
}

/** Whether the UTF-16 code unit `c` (on its own) is a Unicode letter, digit or mark. */
export function isAlnumCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (classOf(c) & (CL_LETTER | CL_NUMBER | CL_MARK)) !== 0;
}

/** Letter or number (`[\p{L}\p{N}]`) at code unit `c`. */
export function isLetterOrNumberCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (classOf(c) & (CL_LETTER | CL_NUMBER)) !== 0;
}

/** Letter or mark (`[\p{L}\p{M}]`) at code unit `c`. */
export function isLetterOrMarkCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (classOf(c) & (CL_LETTER | CL_MARK)) !== 0;
}

/** A Unicode letter, digit or mark at `i` (false outside the string). */
export function isAlnumAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  return isAlnumCode(text.charCodeAt(i));
}

/**
 * Runs the sticky regular expression `re` at `at`; returns where its match ends, or -1.
 * (`test` instead of `exec`: no match array is allocated.)
 */
export function stickyEnd(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/** JavaScript's `\s` (white space and line terminators). */
export function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Lower-case forms of code units below U+2200 (Latin, Greek, Cyrillic … and the Kelvin and
 * Angstrom signs, which lower-case to "k" and "å"), filled lazily: 17 KB; others in a map.
 */
const LOWER_LIMIT = 0x2200;
const LOWER_CODE = new Uint16Array(LOWER_LIMIT);
const LOWER_HIGH = new Map<number, number>();

/**
 * The lower-case form of code unit `c` when it is one code unit long, else `c` itself
 * (as lower-casing the text character by character, keeping offsets).
 */
export function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c >= LOWER_LIMIT) {
    if (c >= 0xd800 && c <= 0xdfff) return c;
    let h = LOWER_HIGH.get(c);
    if (h === undefined) {
      const s = String.fromCharCode(c).toLowerCase();
      h = s.length === 1 ? s.charCodeAt(0) : c;
      if (LOWER_HIGH.size < 4096) LOWER_HIGH.set(c, h);
    }
    return h;
  }
  let l = LOWER_CODE[c] as number;
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : c;
    LOWER_CODE[c] = l;
  }
  return l;
}
