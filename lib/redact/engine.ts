/**
 * The redaction pass: run every detector on the decode-aware view of the text, map the spans
 * back to the original, merge overlapping detections (the merged region is replaced whole, and
 * named after its highest-priority, then longest, member — so no part of a detected value is
 * left behind when two detectors disagree on its extent), and replace.
 * Existing placeholders are never matched again.
 */
import { ADDRESS_KEYWORDS, detectAddress } from './detectors/address';
import { cardShapedInvalid, detectCard } from './detectors/card';
import { detectCustom, type CompiledPattern } from './detectors/custom';
import { DOB_KEYWORDS, detectDob } from './detectors/dob';
import { detectEmail } from './detectors/email';
import { detectIban, ibanShapedInvalid } from './detectors/iban';
import { detectIp } from './detectors/ip';
import { detectPerson, PERSON_KEYWORDS } from './detectors/person';
import { detectPhone, PHONE_KEYWORDS } from './detectors/phone';
import { detectSecret, SECRET_KEYWORDS } from './detectors/secret';
import { detectSsn, SSN_KEYWORDS } from './detectors/ssn';
import { overlapsAny } from './detectors/groups';
import { PLACEHOLDER_RE, type Pseudonymiser } from './placeholder';
import { CH_AT, CH_CHAT, CH_COLON, CH_DASH, CH_DOT, CH_V6, familyBit, hasGappedDigits, hasIbanStart, hasJoinedDigits, hasPostalShape, KeywordIndex, scanText, type Scan } from './scan';
import type { Span } from './types';
import { buildView } from './view';

/** Detector names, as used in `RedactOptions.disable`. */
export type DetectorName = 'email' | 'phone' | 'card' | 'iban' | 'ssn' | 'ip' | 'dob' | 'address' | 'secret' | 'person';

/** One keyword trie for all detectors, built once per service-worker start. */
const INDEX = new KeywordIndex([...SECRET_KEYWORDS, ...PHONE_KEYWORDS, ...SSN_KEYWORDS, ...DOB_KEYWORDS, ...ADDRESS_KEYWORDS, ...PERSON_KEYWORDS]);
const F_SECRET = familyBit('secret');
const F_SSN = familyBit('ssn');
const F_DOB = familyBit('dob');
const F_PERSON = familyBit('person');
const F_ADDRESS = familyBit('address');

// Each detector has a gate: a cheap test on the scan's summary that is false only when the
// detector cannot find anything (it would return without a span), so it need not be called.
// Each gate lists every input its detector reads before it can report a span.
/** vendor prefixes and labels (hits), "-----BEGIN" (a dash), "scheme://user:pw@" (a colon and an '@') */
const gateSecret = (s: Scan): boolean =>
  (s.families & F_SECRET) !== 0 || ((s.chars & CH_DASH) !== 0 && s.text.indexOf('-----BEGIN') >= 0) || ((s.chars & (CH_COLON | CH_AT)) === (CH_COLON | CH_AT) && s.text.indexOf('://') >= 0);
/** an '@' */
const gateEmail = (s: Scan): boolean => (s.chars & CH_AT) !== 0;
/** a run of at least 12 digits */
const gateCard = (s: Scan): boolean => s.digits >= 12 && hasJoinedDigits(s, 12);
/** two letters before a digit group */
const gateIban = (s: Scan): boolean => s.digits >= 2 && hasIbanStart(s);
/** three dashed digit groups (AAA-GG-SSSS), or an SSN label and digits */
const gateSsn = (s: Scan): boolean => (s.groups.length >= 6 && (s.chars & CH_DASH) !== 0) || ((s.families & F_SSN) !== 0 && s.digits >= 9);
/** four dotted digit groups (IPv4), or colons between hex digits (IPv6) */
const gateIp = (s: Scan): boolean => (s.groups.length >= 8 && (s.chars & CH_DOT) !== 0) || (s.chars & CH_V6) !== 0;
/** at least 7 digits */
const gatePhone = (s: Scan): boolean => s.digits >= 7 && hasGappedDigits(s, 7);
/** a birth-date label and digits */
const gateDob = (s: Scan): boolean => (s.families & F_DOB) !== 0 && s.digits > 0;
/** digits, and a street type or address label, or a postal-code-shaped number */
const gateAddress = (s: Scan): boolean => s.digits > 0 && ((s.families & F_ADDRESS) !== 0 || hasPostalShape(s));
/** person labels, chat lines ("Name: …", "Name • …"), display names before an '@' */
const gatePerson = (s: Scan): boolean => (s.families & F_PERSON) !== 0 || (s.chars & (CH_CHAT | CH_AT)) !== 0;

/**
 * Every detector after its gate, in this order (the order in which spans are reported).
 * Written out rather than looped over a table: each call site then sees one function, which
 * the JIT can inline, instead of ten.
 */
function runDetectors(scan: Scan, out: Span[], disable: ReadonlySet<DetectorName> | null): void {
  if (gateSecret(scan) && (disable === null || !disable.has('secret'))) detectSecret(scan, out);
  if (gateEmail(scan) && (disable === null || !disable.has('email'))) detectEmail(scan, out);
  if (gateCard(scan) && (disable === null || !disable.has('card'))) detectCard(scan, out);
  if (gateIban(scan) && (disable === null || !disable.has('iban'))) detectIban(scan, out);
  if (gateSsn(scan) && (disable === null || !disable.has('ssn'))) detectSsn(scan, out);
  if (gateIp(scan) && (disable === null || !disable.has('ip'))) detectIp(scan, out);
  if (gatePhone(scan) && (disable === null || !disable.has('phone'))) detectPhone(scan, out);
  if (gateDob(scan) && (disable === null || !disable.has('dob'))) detectDob(scan, out);
  if (gateAddress(scan) && (disable === null || !disable.has('address'))) detectAddress(scan, out);
  if (gatePerson(scan) && (disable === null || !disable.has('person'))) detectPerson(scan, out);
}

export interface PassConfig {
  disable: ReadonlySet<DetectorName>;
  custom: readonly CompiledPattern[];
  pseudonym: Pseudonymiser | null;
}

export interface PassResult {
  text: string;
  rules: Record<string, number>;
  changed: boolean;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

function hasAlnum(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER_OR_NUMBER.test(text.charAt(i))) return true;
  }
  return false;
}

function labelOf(s: Span): string {
  return s.type === 'CUSTOM' ? `CUSTOM:${s.customId ?? 'pattern'}` : s.type;
}

const PLACEHOLDERS = new Map<string, string>();

/** `[LABEL]`, the same string each time. */
function placeholderFor(label: string): string {
  let p = PLACEHOLDERS.get(label);
  if (p === undefined) {
    p = `[${label}]`;
    if (PLACEHOLDERS.size < 256) PLACEHOLDERS.set(label, p);
  }
  return p;
}

function better(a: Span, b: Span): boolean {
  if (a.priority !== b.priority) return a.priority > b.priority;
  return a.end - a.start > b.end - b.start;
}

interface Mapped { s: number; e: number; span: Span; vs: number; ve: number }

function byStart(x: Mapped, y: Mapped): number {
  return x.s - y.s || y.e - x.e;
}

/**
 * Sorts by `byStart`, stably (as `Array.prototype.sort`): an insertion sort for the few
 * detections a string usually has.
 */
function sortMapped(a: Mapped[]): void {
  if (a.length > 16) {
    a.sort(byStart);
    return;
  }
  for (let i = 1; i < a.length; i++) {
    const x = a[i] as Mapped;
    let j = i - 1;
    while (j >= 0 && byStart(a[j] as Mapped, x) > 0) {
      a[j + 1] = a[j] as Mapped;
      j--;
    }
    a[j + 1] = x;
  }
}

function byFirst(x: [number, number], y: [number, number]): number {
  return x[0] - y[0];
}

/** Scratch space of `redactPass` (synchronous, not re-entered): the rules fired and their counts. */
const RULE_NAMES: string[] = [];
const RULE_COUNTS: number[] = [];

/** One detection-and-replacement pass over `input`. */
export function redactPass(input: string, cfg: PassConfig): PassResult {
  const rules: Record<string, number> = {};
  if (input.length === 0) return { text: input, rules, changed: false };
  const view = buildView(input);
  const vt = view.text;
  const scan = scanText(vt, INDEX);
  const digits = scan.groups.length > 0;
  let spans: Span[] = [];
  runDetectors(scan, spans, cfg.disable.size > 0 ? cfg.disable : null);
  if (cfg.custom.length) detectCustom(vt, cfg.custom, spans);
  if (spans.length === 0) return { text: input, rules, changed: false };

  // reference numbers shaped like an IBAN or a card but failing their checksums are not read
  // piecewise as something else: no card inside a bad IBAN, no phone inside either
  if (digits) {
    let anyPhone = false;
    let anyCard = false;
    for (let k = 0; k < spans.length; k++) {
      const t = (spans[k] as Span).type;
      if (t === 'PHONE') anyPhone = true;
      else if (t === 'CARD') anyCard = true;
    }
    if (anyPhone || anyCard) {
      const ibanVeto: [number, number][] = [];
      ibanShapedInvalid(scan, ibanVeto);
      const cardVeto: [number, number][] = [];
      if (anyPhone) cardShapedInvalid(scan, cardVeto);
      if (ibanVeto.length || cardVeto.length) {
        ibanVeto.sort(byFirst);
        cardVeto.sort(byFirst);
        const kept: Span[] = [];
        for (let k = 0; k < spans.length; k++) {
          const sp = spans[k] as Span;
          if (sp.type === 'CARD' ? overlapsAny(ibanVeto, sp.start, sp.end, 64) : sp.type === 'PHONE' ? overlapsAny(ibanVeto, sp.start, sp.end, 64) || overlapsAny(cardVeto, sp.start, sp.end, 64) : false) continue;
          kept.push(sp);
        }
        spans = kept;
      }
    }
  }

  // protected regions: placeholders already in the text
  let protectedRanges: [number, number][] | null = null;
  if (input.indexOf('[') >= 0) {
    PLACEHOLDER_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PLACEHOLDER_RE.exec(input)) !== null) (protectedRanges ??= []).push([m.index, m.index + m[0].length]);
  }

  // map to original coordinates, cut out protected placeholders
  const map = view.map;
  const mapped: Mapped[] = [];
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k] as Span;
    if (sp.end <= sp.start) continue;
    const os = map ? (map[sp.start] as number) : sp.start;
    const oe = map ? (map[sp.end] as number) : sp.end;
    if (protectedRanges === null || !overlapsAny(protectedRanges, os, oe, 64)) {
      if (hasAlnum(input, os, oe)) mapped.push({ s: os, e: oe, span: sp, vs: sp.start, ve: sp.end });
      continue;
    }
    let pieces: [number, number][] = [[os, oe]];
    for (const [ps, pe] of protectedRanges) {
      if (ps >= oe) break;
      if (pe <= os) continue;
      const next: [number, number][] = [];
      for (const [a, b] of pieces) {
        if (pe <= a || ps >= b) { next.push([a, b]); continue; }
        if (ps > a) next.push([a, ps]);
        if (pe < b) next.push([pe, b]);
      }
      pieces = next;
    }
    for (const [a, b] of pieces) {
      if (!hasAlnum(input, a, b)) continue;
      mapped.push({ s: a, e: b, span: sp, vs: sp.start, ve: sp.end });
    }
  }
  if (mapped.length === 0) return { text: input, rules, changed: false };

  // merge overlapping detections into groups, and replace: groups are sorted and disjoint, so
  // the output is assembled in one sweep (equivalent to replacing right to left)
  if (mapped.length > 1) sortMapped(mapped);
  const parts: string[] = [];
  let nRules = 0;
  let ruleIndex: Map<string, number> | null = null;
  let pos = 0;
  let g = mapped[0] as Mapped;
  let gEnd = g.e;
  let best = g.span;
  let bvs = g.vs;
  let bve = g.ve;
  for (let k = 1; k <= mapped.length; k++) {
    const mp = k < mapped.length ? (mapped[k] as Mapped) : null;
    if (mp && mp.s < gEnd) {
      if (mp.e > gEnd) gEnd = mp.e;
      if (better(mp.span, best)) { best = mp.span; bvs = mp.vs; bve = mp.ve; }
      continue;
    }
    // close the group that starts at g.s
    const label = labelOf(best);
    parts.push(input.slice(pos, g.s), cfg.pseudonym ? cfg.pseudonym(best.type, label, vt.slice(bvs, bve)) : placeholderFor(label));
    pos = gEnd;
    // counted in scratch arrays and copied into `rules` once, in order of first occurrence
    // (fewer lookups of absent keys in a fresh object)
    const rule = best.rule;
    let q = 0;
    if (ruleIndex === null) {
      while (q < nRules && RULE_NAMES[q] !== rule) q++;
    } else q = ruleIndex.get(rule) ?? nRules;
    if (q === nRules) {
      RULE_NAMES[nRules] = rule;
      RULE_COUNTS[nRules++] = 1;
      // many distinct rules (custom patterns): look them up by name from now on
      if (ruleIndex !== null) ruleIndex.set(rule, q);
      else if (nRules === 16) {
        ruleIndex = new Map();
        for (let r = 0; r < nRules; r++) ruleIndex.set(RULE_NAMES[r] as string, r);
      }
    } else RULE_COUNTS[q] = (RULE_COUNTS[q] as number) + 1;
    if (mp) { g = mp; gEnd = mp.e; best = mp.span; bvs = mp.vs; bve = mp.ve; }
  }
  parts.push(input.slice(pos));
  for (let q = 0; q < nRules; q++) rules[RULE_NAMES[q] as string] = RULE_COUNTS[q] as number;
  // joined, not concatenated: a flat string is faster to read in the verifying pass
  return { text: parts.join(''), rules, changed: true };
}
