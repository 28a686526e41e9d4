/**
 * IP addresses. IPv4: four decimal octets 0–255 without leading zeros, not part of a longer
 * dotted sequence (so "1.2.3.4.5" and versions such as "v1.2.3.4" are not taken). IPv6: the
 * RFC 4291 text forms (full, `::`-compressed, with an embedded IPv4 tail), validated group by
 * group; times ("08:31:55") and MAC addresses do not parse as IPv6.
 */
import { CH_V6, type Scan } from '../scan';
import { PRIORITY, type Span } from '../types';
import { isAlnumAt, isDigitCode } from './util';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const V4_EXACT = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
const V6_CANDIDATE = /[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:(?<=:)(?:\d{1,3}\.){3}\d{1,3})?/g;

export function isIpv4(s: string): boolean {
  return V4_EXACT.test(s);
}

/**
 * Validates an IPv6 text form. Besides `::1`, at least two explicit groups are required, so a
 * bare "::" or a C++ scope ("std::") is not taken.
 */
export function isIpv6(s: string): boolean {
  if (s === '::1') return true;
  const n = s.length;
  if (n < 3) return false;
  const dbl = s.indexOf('::');
  if (dbl >= 0 && s.indexOf('::', dbl + 1) >= 0) return false;
  // the groups of the part before "::" and of the part after it (or of the whole), read in place
  let groups = 0;
  const parts = dbl >= 0 ? 2 : 1;
  for (let p = 0; p < parts; p++) {
    const a = dbl >= 0 && p === 1 ? dbl + 2 : 0;
    const b = dbl >= 0 && p === 0 ? dbl : n;
    if (a === b) continue;
    let gs = a;
    for (let i = a; i <= b; i++) {
      if (i < b && s.charCodeAt(i) !== 58) continue;
      // the group [gs, i); the last of all may be an embedded IPv4 address
      if (p === parts - 1 && i === b && s.indexOf('.', gs) >= 0) {
        if (!isIpv4(s.slice(gs, i))) return false;
        groups += 2;
      } else if (isHexGroup(s, gs, i)) groups += 1;
      else return false;
      gs = i + 1;
    }
  }
  if (dbl >= 0 ? groups > 7 : groups !== 8) return false;
  return groups >= 2;
}

/** `^[0-9A-Fa-f]{1,4}$` over s[a, b). */
function isHexGroup(s: string, a: number, b: number): boolean {
  if (b - a < 1 || b - a > 4) return false;
  for (let i = a; i < b; i++) if (!isHex(s.charCodeAt(i))) return false;
  return true;
}

function detectV4(scan: Scan, out: Span[]): void {
  const { text, groups } = scan;
  for (let k = 0; k + 7 < groups.length; k += 2) {
    const s = groups[k] as number;
    let ok = true;
    for (let q = 0; q < 4 && ok; q++) {
      const gs = groups[k + 2 * q] as number;
      const ge = groups[k + 2 * q + 1] as number;
      if (ge - gs > 3) ok = false;
      else if (q < 3 && (groups[k + 2 * q + 2] !== ge + 1 || text.charCodeAt(ge) !== 46)) ok = false;
    }
    if (!ok) continue;
    const e = groups[k + 7] as number;
    const prev = text.charCodeAt(s - 1);
    const next = text.charCodeAt(e);
    const glued =
      isAlnumAt(text, s - 1) || prev === 95 ||
      (prev === 46 && isDigitCode(text.charCodeAt(s - 2))) ||
      isAlnumAt(text, e) || next === 95 ||
      (next === 46 && isDigitCode(text.charCodeAt(e + 1)));
    if (glued || !isIpv4(text.slice(s, e))) continue;
    out.push({ start: s, end: e, type: 'IP', rule: 'ip', priority: PRIORITY.ip });
    k += 6;
  }
}

function detectV6(text: string, out: Span[]): void {
  V6_CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = V6_CANDIDATE.exec(text)) !== null) {
    let s = m.index;
    const e = s + m[0].length;
    if (m[0].length === 0) { V6_CANDIDATE.lastIndex = s + 1; continue; }
    let cand = m[0];
    // "server:2001:db8::1": a label glued with ':' is not part of the address
    if (cand.charCodeAt(0) === 58 && cand.charCodeAt(1) !== 58) { s += 1; cand = cand.slice(1); }
    const prev = text.charCodeAt(s - 1);
    const hexBeforeColon = prev === 58 && /[0-9A-Fa-f]/.test(text.charAt(s - 2));
    const glued = isAlnumAt(text, s - 1) || prev === 95 || hexBeforeColon || isAlnumAt(text, e) || text.charCodeAt(e) === 95;
    if (glued || !isIpv6(cand)) continue;
    out.push({ start: s, end: e, type: 'IP', rule: 'ip', priority: PRIORITY.ip });
  }
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

export function detectIp(scan: Scan, out: Span[]): void {
  if (scan.groups.length >= 8) detectV4(scan, out);
  // CH_V6: "::", or two colons with hex digits on both sides (recorded by the scan)
  if ((scan.chars & CH_V6) !== 0) detectV6(scan.text, out);
}
