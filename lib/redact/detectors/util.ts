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

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
/**
 * Non-ASCII code units classified so far: 0 unknown, 1 not a letter/digit/mark, 2 one.
 * Filled lazily (one regular-expression test per distinct code unit), 64 KB.
 */
const ALNUM_CLASS = new Uint8Array(65536);

/** Whether the UTF-16 code unit `c` (on its own) is a Unicode letter, digit or mark. */
export function isAlnumCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let k = ALNUM_CLASS[c] as number;
  if (k === 0) {
    k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 2 : 1;
    ALNUM_CLASS[c] = k;
  }
  return k === 2;
}

/** A Unicode letter, digit or mark at `i` (false outside the string). */
export function isAlnumAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  return isAlnumCode(text.charCodeAt(i));
}

const LOWER_CODE = new Uint16Array(65536);

/**
 * The lower-case form of code unit `c` when it is one code unit long, else `c` itself
 * (as lower-casing the text character by character, keeping offsets).
 */
export function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c >= 0xd800 && c <= 0xdfff) return c;
  let l = LOWER_CODE[c] as number;
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : c;
    LOWER_CODE[c] = l;
  }
  return l;
}
