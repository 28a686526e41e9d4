/**
 * Phone-number candidates: runs of digit groups joined by single separators (space - . /),
 * with parenthesised groups ("(503)", "(0)") and an optional leading '+', read from the scan's
 * digit runs. The candidate being read lives in scratch arrays (the detector is synchronous),
 * so reading one allocates nothing.
 */
import type { Scan } from '../scan';
import { isAlnumAt, isDigitCode } from './util';

/*
 * The candidate being read, in scratch arrays (the detector is synchronous): element k (a digit
 * group, or a parenthesised one such as "(503)") spans text[E_START[k], E_END[k]), holds
 * E_LEN[k] digits (E_CUM[k] in elements 0…k) and follows the separator E_SEP[k] (the code of
 * ' ', '-', '.', '/', or 0 when glued, e.g. ")6"); E_PAREN[k] is 1 for a parenthesised one.
 */
const E_START: number[] = [];
const E_END: number[] = [];
const E_LEN: number[] = [];
const E_CUM: number[] = [];
const E_SEP: number[] = [];
const E_PAREN: number[] = [];
/** elements of the candidate */
let elemCount = 0;
/** its digits (all elements), built when first needed */
let candDigits: string | null = null;

/** Accessors of element k of the current candidate (see above). */
export const start = (k: number): number => E_START[k] as number;
export const end = (k: number): number => E_END[k] as number;
export const len = (k: number): number => E_LEN[k] as number;
export const cum = (k: number): number => E_CUM[k] as number;
export const sep = (k: number): number => E_SEP[k] as number;
export const paren = (k: number): boolean => E_PAREN[k] === 1;

/** Elements in the current candidate. */
export function elemCountOf(): number {
  return elemCount;
}

/** All digits of the candidate's elements. */
export function digitsOf(text: string): string {
  if (candDigits === null) {
    let d = '';
    for (let k = 0; k < elemCount; k++) d += paren(k) ? text.slice(start(k) + 1, end(k) - 1) : text.slice(start(k), end(k));
    candDigits = d;
  }
  return candDigits;
}

/** A separator inside a phone number: one of " -./" */
function isSepCode(c: number): boolean {
  return c === 32 || c === 45 || c === 46 || c === 47;
}

function isGapChar(c: number): boolean {
  return c === 32 || c === 45 || c === 46 || c === 47 || c === 40 || c === 41;
}

/**
 * Reads the element of a candidate starting at `j` into slot `k` (after separator `sepCode`):
 * a run of digits, or up to five digits in parentheses. Returns false when there is none.
 */
function readElem(text: string, j: number, k: number, sepCode: number): boolean {
  const n = text.length;
  if (text.charCodeAt(j) === 40) {
    let r = j + 1;
    while (r < n && isDigitCode(text.charCodeAt(r)) && r - j <= 5) r++;
    if (!(r > j + 1 && text.charCodeAt(r) === 41)) return false;
    E_START[k] = j;
    E_END[k] = r + 1;
    E_LEN[k] = r - j - 1;
    E_PAREN[k] = 1;
  } else if (isDigitCode(text.charCodeAt(j))) {
    let r = j;
    while (r < n && isDigitCode(text.charCodeAt(r))) r++;
    E_START[k] = j;
    E_END[k] = r;
    E_LEN[k] = r - j;
    E_PAREN[k] = 0;
  } else return false;
  E_SEP[k] = sepCode;
  E_CUM[k] = (k > 0 ? cum(k - 1) : 0) + len(k);
  return true;
}

/**
 * Reads the phone-like candidates, starting only where the scan found digits, and calls
 * `take(plus, start)` on each, its elements in the scratch arrays.
 */
export function eachCandidate(scan: Scan, take: (plus: boolean, start: number) => void): void {
  const text = scan.text;
  const g = scan.groups;
  let consumed = 0;
  for (let k = 0; k < g.length; k += 2) {
    const gs = g[k] as number;
    if (gs < consumed) continue;
    // cheap extent check first: groups joined by short gaps of separators, at least 7 digits
    let digitsTotal = (g[k + 1] as number) - gs;
    let q = k;
    while (q + 2 < g.length) {
      const prevEnd = g[q + 1] as number;
      const nextStart = g[q + 2] as number;
      if (nextStart - prevEnd > 3) break;
      let ok = true;
      for (let x = prevEnd; x < nextStart; x++) if (!isGapChar(text.charCodeAt(x))) { ok = false; break; }
      if (!ok) break;
      q += 2;
      digitsTotal += (g[q + 1] as number) - (g[q] as number);
    }
    if (digitsTotal < 7) { consumed = g[q + 1] as number; continue; }

    let first = gs;
    if (text.charCodeAt(gs - 1) === 40) first = gs - 1; // "(503) …"
    let from = first;
    let plus = false;
    if (text.charCodeAt(first - 1) === 43) { from = first - 1; plus = true; }
    else if (text.charCodeAt(first - 1) === 32 && text.charCodeAt(first - 2) === 43) { from = first - 2; plus = true; }
    if (isAlnumAt(text, from - 1) || text.charCodeAt(from - 1) === 95) continue; // glued ("v5", "ID123")
    if (!plus && text.charCodeAt(from - 1) === 35) continue; // "#0123456789": an order or ticket number
    let count = 0;
    let sepCode = 0;
    let j = first;
    while (readElem(text, j, count, sepCode)) {
      count++;
      j = end(count - 1);
      const nc = text.charCodeAt(j);
      const after = text.charCodeAt(j + 1);
      if (isSepCode(nc) && (isDigitCode(after) || after === 40)) { sepCode = nc; j++; continue; }
      if (nc === 40 || (paren(count - 1) && isDigitCode(nc))) { sepCode = 0; continue; }
      break;
    }
    if (count > 0) {
      elemCount = count;
      candDigits = null;
      take(plus, from);
      consumed = end(count - 1);
    }
  }
  // after a pathologically long candidate, let the scratch arrays shrink back
  if (E_START.length > 1024) for (const a of [E_START, E_END, E_LEN, E_CUM, E_SEP, E_PAREN]) a.length = 0;
}

