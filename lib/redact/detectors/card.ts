/**
 * Payment card numbers (PANs): 12–19 digits written bare or in the usual groupings
 * (4-4-4-4, 4-4-4-4-3, Amex 4-6-5, Diners 4-6-4) with one consistent separator, a known
 * issuer range with that range's lengths, and a valid Luhn check digit. A 16-digit order
 * number that fails Luhn, or passes it outside every issuer range, is left alone.
 */
import { PRIORITY, type Span } from '../types';
import type { Scan } from '../scan';
import { joinGroups, scanWindows, type DigitGroup } from './groups';

/**
 * The Luhn fold over text[start, end), read right to left, continuing from `state` (the sum so
 * far times two, plus 1 when the next digit is doubled): several digit groups fold in turn.
 */
function luhnFold(text: string, start: number, end: number, state: number): number {
  let sum = state >> 1;
  let dbl = (state & 1) === 1;
  for (let i = end - 1; i >= start; i--) {
    let d = text.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return (sum << 1) | (dbl ? 1 : 0);
}

const luhnOk = (state: number): boolean => (state >> 1) % 10 === 0;

/** Luhn (mod 10) check over a string of digits. */
export function luhnValid(digits: string): boolean {
  return luhnOk(luhnFold(digits, 0, digits.length, 0));
}

interface Range { lo: number; hi: number; prefixLen: number; lengths: readonly number[]; brand: string }

const R16_19 = [16, 17, 18, 19] as const;
/** Issuer identification ranges (first digits) and the PAN lengths each issues. */
const RANGES: readonly Range[] = [
  { brand: 'visa', lo: 4, hi: 4, prefixLen: 1, lengths: [13, 16, 19] },
  { brand: 'mastercard', lo: 51, hi: 55, prefixLen: 2, lengths: [16] },
  { brand: 'mastercard', lo: 2221, hi: 2720, prefixLen: 4, lengths: [16] },
  { brand: 'amex', lo: 34, hi: 34, prefixLen: 2, lengths: [15] },
  { brand: 'amex', lo: 37, hi: 37, prefixLen: 2, lengths: [15] },
  { brand: 'discover', lo: 6011, hi: 6011, prefixLen: 4, lengths: R16_19 },
  { brand: 'discover', lo: 644, hi: 649, prefixLen: 3, lengths: R16_19 },
  { brand: 'discover', lo: 65, hi: 65, prefixLen: 2, lengths: R16_19 },
  { brand: 'discover', lo: 622126, hi: 622925, prefixLen: 6, lengths: R16_19 },
  { brand: 'diners', lo: 300, hi: 305, prefixLen: 3, lengths: [14, 16, 17, 18, 19] },
  { brand: 'diners', lo: 36, hi: 36, prefixLen: 2, lengths: [14, 16, 17, 18, 19] },
  { brand: 'diners', lo: 38, hi: 39, prefixLen: 2, lengths: [14, 16, 17, 18, 19] },
  { brand: 'jcb', lo: 3528, hi: 3589, prefixLen: 4, lengths: R16_19 },
  { brand: 'unionpay', lo: 62, hi: 62, prefixLen: 2, lengths: R16_19 },
  { brand: 'unionpay', lo: 81, hi: 81, prefixLen: 2, lengths: R16_19 },
  { brand: 'mir', lo: 2200, hi: 2204, prefixLen: 4, lengths: R16_19 },
  { brand: 'maestro', lo: 50, hi: 50, prefixLen: 2, lengths: [13, 16, 19] },
  { brand: 'maestro', lo: 56, hi: 58, prefixLen: 2, lengths: [13, 16, 19] },
  { brand: 'maestro', lo: 6759, hi: 6759, prefixLen: 4, lengths: [13, 16, 19] },
  { brand: 'maestro', lo: 676770, hi: 676774, prefixLen: 6, lengths: [13, 16, 19] },
  { brand: 'rupay', lo: 60, hi: 60, prefixLen: 2, lengths: [16] },
  { brand: 'rupay', lo: 508, hi: 508, prefixLen: 3, lengths: [16] },
];

/** The card brand whose issuer range and lengths fit `digits`, or null. */
export function cardBrand(digits: string): string | null {
  return brandOf(Number(digits.slice(0, 6)), digits.length);
}

/** The brand for the number whose first six digits are `six` and whose length is `length`. */
function brandOf(six: number, length: number): string | null {
  if (length < 0 || length > 30) return null;
  const bit = 1 << length;
  for (let k = 0; k < RANGES.length; k++) {
    const r = RANGES[k] as Range;
    if (((LENGTH_BITS[k] as number) & bit) === 0) continue;
    const p = Math.floor(six / POW10[6 - r.prefixLen]!);
    if (p >= r.lo && p <= r.hi) return r.brand;
  }
  return null;
}

const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000];
/** each range's lengths as bits (1 << length) */
const LENGTH_BITS = RANGES.map((r) => r.lengths.reduce((bits, l) => bits | (1 << l), 0));

/** A full validity check: issuer range and length, then Luhn. */
export function isCardNumber(digits: string): boolean {
  return digits.length >= 12 && digits.length <= 19 && cardBrand(digits) !== null && luhnValid(digits);
}

function groupingOk(lens: number[]): boolean {
  if (lens.length === 1) return true;
  const key = lens.join('-');
  if (key === '4-6-5' || key === '4-6-4') return true;
  if (lens.length < 3) return false;
  for (let i = 0; i < lens.length - 1; i++) if (lens[i] !== 4) return false;
  const last = lens[lens.length - 1] as number;
  return last >= 1 && last <= 4;
}

let lastScan: Scan | null = null;
let lastRuns: DigitGroup[][] = [];

/** Runs of digit groups joined by ' ' or '-' with 12+ digits (built once per scan: the detector and the veto share them). */
function cardRuns(scan: Scan): DigitGroup[][] {
  if (scan !== lastScan) {
    lastRuns = joinGroups(scan.text, scan.groups, ' -', 12);
    lastScan = scan;
  }
  return lastRuns;
}

function digitCount(run: DigitGroup[]): number {
  let n = 0;
  for (const g of run) n += g.end - g.start;
  return n;
}

function len(run: DigitGroup[], k: number): number {
  return (run[k] as DigitGroup).end - (run[k] as DigitGroup).start;
}

/** Whether the lengths of groups a..b of `run` are a card grouping (as `groupingOk`). */
function windowGroupingOk(run: DigitGroup[], a: number, b: number): boolean {
  const count = b - a + 1;
  if (count === 1) return true;
  if (count === 3 && len(run, a) === 4 && len(run, a + 1) === 6) {
    const l = len(run, b);
    if (l === 5 || l === 4) return true;
  }
  if (count < 3) return false;
  for (let k = a; k < b; k++) if (len(run, k) !== 4) return false;
  const last = len(run, b);
  return last >= 1 && last <= 4;
}

/** `isCardNumber` over the digits of groups a..b of `run` in `text`, without building the string first. */
function windowIsCard(text: string, run: DigitGroup[], a: number, b: number, total: number): boolean {
  // the Luhn sum first (it turns down nine in ten numbers), then the issuer range of the first
  // six digits, read from the groups
  let state = 0;
  for (let k = b; k >= a; k--) {
    const g = run[k] as DigitGroup;
    state = luhnFold(text, g.start, g.end, state);
  }
  if (!luhnOk(state)) return false;
  let six = 0;
  let taken = 0;
  for (let k = a; k <= b && taken < 6; k++) {
    const g = run[k] as DigitGroup;
    for (let i = g.start; i < g.end && taken < 6; i++, taken++) six = six * 10 + (text.charCodeAt(i) - 48);
  }
  return brandOf(six, total) !== null;
}

export function detectCard(scan: Scan, out: Span[]): void {
  const text = scan.text;
  for (const run of cardRuns(scan)) {
    scanWindows(text, run, 5, (a, b) => {
      let total = 0;
      for (let k = a; k <= b; k++) total += (run[k] as DigitGroup).end - (run[k] as DigitGroup).start;
      if (total < 12 || total > 19) return false;
      // one consistent separator inside the window
      if (b - a >= 2) {
        const sep = (run[a + 1] as DigitGroup).sep;
        for (let k = a + 2; k <= b; k++) if ((run[k] as DigitGroup).sep !== sep) return false;
      }
      if (!windowGroupingOk(run, a, b) || !windowIsCard(text, run, a, b, total)) return false;
      out.push({ start: (run[a] as DigitGroup).start, end: (run[b] as DigitGroup).end, type: 'CARD', rule: 'card', priority: PRIORITY.card });
      return true;
    });
  }
}

/**
 * Card-shaped numbers that are *not* cards (four groups of four digits, or 16 bare digits,
 * failing Luhn or outside every issuer range): reference numbers whose parts other number
 * detectors (phone) must not take.
 */
export function cardShapedInvalid(scan: Scan, out: [number, number][]): void {
  const text = scan.text;
  for (const run of cardRuns(scan)) {
    if (digitCount(run) < 16) continue;
    if (run.length === 1) {
      // 16 bare digits (13–19)
      const total = len(run, 0);
      if (total >= 13 && total <= 19 && !windowIsCard(text, run, 0, 0, total)) out.push([(run[0] as DigitGroup).start, (run[0] as DigitGroup).end]);
      continue;
    }
    // four groups of four digits
    for (let a = 0; a + 3 < run.length; a++) {
      if (len(run, a) !== 4 || len(run, a + 1) !== 4 || len(run, a + 2) !== 4 || len(run, a + 3) !== 4) continue;
      if (!windowIsCard(text, run, a, a + 3, 16)) out.push([(run[a] as DigitGroup).start, (run[a + 3] as DigitGroup).end]);
    }
  }
}
