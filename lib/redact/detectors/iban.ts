/**
 * IBANs (ISO 13616): a country code with that country's fixed length, check digits 02–98 and
 * the mod-97 check over the rearranged number. Written compact or in groups of four separated
 * by single spaces. An IBAN-shaped string with wrong check digits is left alone.
 */
import { PRIORITY, type Span } from '../types';
import type { Scan } from '../scan';
import { isAlnumAt, isAsciiAlnumCode, isAsciiLetterCode, isDigitCode } from './util';

/** IBAN lengths by country (SWIFT IBAN registry, plus the experimental/partner countries). */
const LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28,
  IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28,
  NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24,
  SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
  // experimental / partner registries
  AO: 25, BF: 28, BJ: 28, CF: 27, CG: 27, CI: 28, CM: 27, CV: 25, DZ: 26, GA: 27, GQ: 27, GW: 25,
  IR: 26, KM: 27, MA: 28, MG: 27, ML: 28, MZ: 25, NE: 28, SN: 28, TD: 27, TG: 28,
};

/** Length for a country code, or undefined. */
export function ibanLength(country: string): number | undefined {
  return LENGTHS[country];
}

/** mod-97 = 1 over the IBAN moved four characters left, letters as 10–35 (ISO 7064). */
export function ibanChecksumValid(iban: string): boolean {
  // read in place: iban[4…] then iban[0, 4)
  const n = iban.length;
  let rem = 0;
  for (let k = 0; k < n; k++) {
    const c = iban.charCodeAt(k + 4 < n ? k + 4 : k + 4 - n);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else return false;
  }
  return rem === 1;
}

/** Full check of a compact, upper-case IBAN (`^[A-Z]{2}\d{2}[A-Z0-9]+$`, the country's length, check digits 02–98, mod 97). */
export function isIban(compact: string): boolean {
  const n = compact.length;
  if (n < 5) return false;
  const a = compact.charCodeAt(0);
  const b = compact.charCodeAt(1);
  const c2 = compact.charCodeAt(2) - 48;
  const c3 = compact.charCodeAt(3) - 48;
  if (a < 65 || a > 90 || b < 65 || b > 90 || c2 < 0 || c2 > 9 || c3 < 0 || c3 > 9) return false;
  for (let i = 4; i < n; i++) {
    const c = compact.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  }
  if (n !== LENGTH_BY_CODE[(a - 65) * 26 + (b - 65)]) return false;
  const check = c2 * 10 + c3;
  if (check < 2 || check > 98) return false;
  return ibanChecksumValid(compact);
}

/** IBAN length by country code as a table over the two letters (0: no such country). */
const LENGTH_BY_CODE = new Uint8Array(26 * 26);
for (const cc of Object.keys(LENGTHS)) LENGTH_BY_CODE[(cc.charCodeAt(0) - 65) * 26 + (cc.charCodeAt(1) - 65)] = LENGTHS[cc] as number;

interface Read { start: number; end: number; valid: boolean }

/**
 * Reads an IBAN-shaped string starting at `s` (two letters, two digits, then the country's
 * length in alphanumerics with optional single spaces). Returns its end and whether it is an IBAN.
 */
function readAt(text: string, s: number): Read | null {
  if (isAlnumAt(text, s - 1)) return null;
  const n = text.length;
  if (s + 4 > n) return null;
  const a = text.charCodeAt(s);
  const b = text.charCodeAt(s + 1);
  if (!isAsciiLetterCode(a) || !isAsciiLetterCode(b) || !isDigitCode(text.charCodeAt(s + 2)) || !isDigitCode(text.charCodeAt(s + 3))) return null;
  // same letter case throughout: "de89…" or "DE89…", not "De89…"
  const lower = a >= 97;
  if (lower !== b >= 97) return null;
  const len = LENGTH_BY_CODE[((a & ~32) - 65) * 26 + ((b & ~32) - 65)] as number;
  if (len === 0) return null;
  let count = 4;
  let j = s + 4;
  while (count < len && j < n) {
    const c = text.charCodeAt(j);
    if (isAsciiAlnumCode(c)) {
      if (lower ? c >= 65 && c <= 90 : c >= 97) break;
      count++;
      j++;
    } else if (c === 32 && j + 1 < n && isAsciiAlnumCode(text.charCodeAt(j + 1)) && text.charCodeAt(j - 1) !== 32) {
      j++;
    } else break;
  }
  if (count !== len || isAlnumAt(text, j) || (text.charCodeAt(j) === 46 && isDigitCode(text.charCodeAt(j + 1)))) return null;
  return { start: s, end: j, valid: validAt(text, s, j) };
}

/**
 * `isIban` of the compact, upper-case form of text[s, j) as `readAt` read it (the country's
 * letters, two digits, then the country's length in letters and digits with single spaces, so
 * only the check digits and the checksum remain to be checked), read in place.
 */
function validAt(text: string, s: number, j: number): boolean {
  const check = (text.charCodeAt(s + 2) - 48) * 10 + (text.charCodeAt(s + 3) - 48);
  if (check < 2 || check > 98) return false;
  // mod 97 over the number moved four characters left: text[s + 4, j) then text[s, s + 4)
  let rem = 0;
  for (let k = s + 4; k < j + 4; k++) {
    let c = text.charCodeAt(k < j ? k : k - j + s);
    if (c === 32) continue;
    if (c >= 97) c -= 32;
    rem = c <= 57 ? (rem * 10 + (c - 48)) % 97 : (rem * 100 + (c - 55)) % 97;
  }
  return rem === 1;
}

let lastScan: Scan | null = null;
let lastReads: Read[] = [];

/** IBAN-shaped strings of the scan (read once per scan: the IBAN detector and the veto share them). */
function reads(scan: Scan): Read[] {
  if (scan === lastScan) return lastReads;
  const text = scan.text;
  const out: Read[] = [];
  const g = scan.groups;
  for (let k = 0; k < g.length; k += 2) {
    const s = g[k] as number;
    if (s >= 2 && (g[k + 1] as number) - s >= 2 && isAsciiLetterCode(text.charCodeAt(s - 1)) && isAsciiLetterCode(text.charCodeAt(s - 2))) {
      const r = readAt(text, s - 2);
      if (r) out.push(r);
    }
  }
  lastScan = scan;
  lastReads = out;
  return out;
}

export function detectIban(scan: Scan, out: Span[]): void {
  let last = -1;
  for (const r of reads(scan)) {
    if (r.start < last || !r.valid) continue;
    out.push({ start: r.start, end: r.end, type: 'IBAN', rule: 'iban', priority: PRIORITY.iban });
    last = r.end;
  }
}

/** IBAN-shaped strings (right country length) whose check digits are wrong: not IBANs, and not phone numbers either. */
export function ibanShapedInvalid(scan: Scan, out: [number, number][]): void {
  for (const r of reads(scan)) if (!r.valid) out.push([r.start, r.end]);
}
