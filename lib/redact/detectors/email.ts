/**
 * E-mail addresses, found from each `@` outwards rather than with one big regex (linear time on
 * hostile input). The local part is dot-atom text without leading, trailing or doubled dots; the
 * domain has at least two labels of letters/digits/hyphens (no label starting or ending with a
 * hyphen) and an alphabetic top-level label of 2–24 letters (or an `xn--` IDN label).
 */
import type { Scan } from '../scan';
import { PRIORITY, type Span } from '../types';
import { isAlnumAt } from './util';

// '=', '?', '&', quotes and the like are valid in theory but in captured text they separate keys
// and values ("email=jane@x.io"), so the local part is limited to what real addresses use.
const LOCAL_CHAR = /[\p{L}\p{M}\p{N}]/u;

function isLocalChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 43 || c === 45;
  return LOCAL_CHAR.test(text.charAt(i));
}

function isDomainChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;
  return LOCAL_CHAR.test(text.charAt(i));
}
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?$/u;
const TLD = /^(?:\p{L}[\p{L}\p{M}]{1,23}|xn--[A-Za-z0-9-]{2,59})$/u;

export function detectEmail(scan: Scan, out: Span[]): void {
  const text = scan.text;
  let at = text.indexOf('@');
  let minStart = 0;
  while (at >= 0) {
    const span = emailAround(text, at, minStart);
    if (span) {
      out.push({ start: span[0], end: span[1], type: 'EMAIL', rule: 'email', priority: PRIORITY.email });
      minStart = span[1];
      at = text.indexOf('@', span[1]);
    } else {
      at = text.indexOf('@', at + 1);
    }
  }
}

/** Scratch (the detector is synchronous): where each domain label ends, and its checks (0 unknown, 1 yes, 2 no). */
const LABEL_END = new Int32Array(256);
const LABEL_OK = new Uint8Array(256);

/** `LABEL.test(text.slice(a, b))`, without the slice for ASCII labels. */
function labelOk(text: string, a: number, b: number): boolean {
  const len = b - a;
  if (len === 0 || len > 63) return false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return LABEL.test(text.slice(a, b));
    const alnum = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (!alnum && (c !== 45 || i === a || i === b - 1)) return false;
  }
  return true;
}

/** `TLD.test(text.slice(a, b))`, without the slice for ASCII labels. */
function tldOk(text: string, a: number, b: number): boolean {
  const len = b - a;
  let letters = true;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return TLD.test(text.slice(a, b));
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) letters = false;
  }
  if (letters) return len >= 2 && len <= 24;
  // xn--[A-Za-z0-9-]{2,59} (the domain characters are letters, digits, '-' and '.', and a label holds no '.')
  return len >= 6 && len <= 63 && text.charCodeAt(a) === 120 && text.charCodeAt(a + 1) === 110 && text.charCodeAt(a + 2) === 45 && text.charCodeAt(a + 3) === 45;
}

function emailAround(text: string, at: number, minStart: number): [number, number] | null {
  // local part: walk left
  let s = at;
  while (s > minStart && at - s < 64 && isLocalChar(text, s - 1)) s--;
  while (s < at && (text.charCodeAt(s) === 46 || text.charCodeAt(s) === 45)) s++; // no leading '.'/'-'
  if (s === at) return null;
  // no trailing or doubled dots in the local part
  if (text.charCodeAt(at - 1) === 46) return null;
  for (let i = s + 1; i < at; i++) if (text.charCodeAt(i) === 46 && text.charCodeAt(i - 1) === 46) return null;
  // domain: walk right
  let e = at + 1;
  while (e < text.length && e - at <= 253 && isDomainChar(text, e)) e++;
  // trim trailing dots/hyphens (end of sentence)
  while (e > at + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
  // the domain's labels (as split at '.'): label k is text[LABEL_END[k - 1] + 1, LABEL_END[k]), label 0 starts at at + 1
  let count = 0;
  for (let i = at + 1; i < e; i++) {
    if (text.charCodeAt(i) === 46) LABEL_END[count++] = i;
  }
  LABEL_END[count++] = e;
  if (count < 2) return null;
  LABEL_OK.fill(0, 0, count);
  // the domain may run into trailing text such as "x@y.com.Next"; accept the longest valid prefix
  let ok = count;
  while (ok >= 2) {
    const tEnd = LABEL_END[ok - 1] as number;
    let valid = tldOk(text, (LABEL_END[ok - 2] as number) + 1, tEnd);
    for (let k = 0; valid && k < ok; k++) {
      let v = LABEL_OK[k] as number;
      if (v === 0) {
        v = labelOk(text, k === 0 ? at + 1 : (LABEL_END[k - 1] as number) + 1, LABEL_END[k] as number) ? 1 : 2;
        LABEL_OK[k] = v;
      }
      if (v === 2) valid = false;
    }
    if (valid) break;
    ok--;
  }
  if (ok < 2) return null;
  const end = LABEL_END[ok - 1] as number;
  if (isAlnumAt(text, end) && ok === count) return null;
  return [s, end];
}
