/** Character-class helpers shared by the detectors (cheap, allocation-free). */

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isAsciiAlnumCode(c: number): boolean {
  return isDigitCode(c) || isAsciiLetterCode(c);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** A Unicode letter, digit or mark at `i` (false outside the string). */
export function isAlnumAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlnumCode(c);
  return LETTER_OR_DIGIT.test(text.charAt(i));
}
