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

function emailAround(text: string, at: number, minStart: number): [number, number] | null {
  // local part: walk left
  let s = at;
  while (s > minStart && at - s < 64 && isLocalChar(text, s - 1)) s--;
  while (s < at && (text.charCodeAt(s) === 46 || text.charCodeAt(s) === 45)) s++; // no leading '.'/'-'
  if (s === at) return null;
  const local = text.slice(s, at);
  if (local.endsWith('.') || local.includes('..')) return null;
  // domain: walk right
  let e = at + 1;
  while (e < text.length && e - at <= 253 && isDomainChar(text, e)) e++;
  // trim trailing dots/hyphens (end of sentence)
  while (e > at + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
  const domain = text.slice(at + 1, e);
  const labels = domain.split('.');
  if (labels.length < 2) return null;
  // the domain may run into trailing text such as "x@y.com.Next"; accept the longest valid prefix
  let ok = labels.length;
  while (ok >= 2) {
    const tld = labels[ok - 1] as string;
    let valid = TLD.test(tld);
    for (let k = 0; valid && k < ok; k++) if (!LABEL.test(labels[k] as string)) valid = false;
    if (valid) break;
    ok--;
  }
  if (ok < 2) return null;
  const domainLen = labels.slice(0, ok).join('.').length;
  const end = at + 1 + domainLen;
  if (isAlnumAt(text, end) && ok === labels.length) return null;
  return [s, end];
}
