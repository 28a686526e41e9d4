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
import { KeywordIndex, scanText } from './scan';
import type { Detector, Span } from './types';
import { buildView, toOriginal } from './view';

/** Detector names, as used in `RedactOptions.disable`. */
export type DetectorName = 'email' | 'phone' | 'card' | 'iban' | 'ssn' | 'ip' | 'dob' | 'address' | 'secret' | 'person';

interface Entry { name: DetectorName; run: Detector; needsDigit: boolean }

/** One keyword trie for all detectors, built once per service-worker start. */
const INDEX = new KeywordIndex([...SECRET_KEYWORDS, ...PHONE_KEYWORDS, ...SSN_KEYWORDS, ...DOB_KEYWORDS, ...ADDRESS_KEYWORDS, ...PERSON_KEYWORDS]);

const DETECTORS: readonly Entry[] = [
  { name: 'secret', run: detectSecret, needsDigit: false },
  { name: 'email', run: detectEmail, needsDigit: false },
  { name: 'card', run: detectCard, needsDigit: true },
  { name: 'iban', run: detectIban, needsDigit: true },
  { name: 'ssn', run: detectSsn, needsDigit: true },
  { name: 'ip', run: detectIp, needsDigit: false },
  { name: 'phone', run: detectPhone, needsDigit: true },
  { name: 'dob', run: detectDob, needsDigit: true },
  { name: 'address', run: detectAddress, needsDigit: true },
  { name: 'person', run: detectPerson, needsDigit: false },
];

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

interface Group {
  start: number;
  end: number;
  best: Span;
  /** the winner's extent in the decoded view (its value keys the pseudonym) */
  vs: number;
  ve: number;
}

function hasAlnum(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : /[\p{L}\p{N}]/u.test(text.charAt(i))) return true;
  }
  return false;
}

function labelOf(s: Span): string {
  return s.type === 'CUSTOM' ? `CUSTOM:${s.customId ?? 'pattern'}` : s.type;
}

function better(a: Span, b: Span): boolean {
  if (a.priority !== b.priority) return a.priority > b.priority;
  return a.end - a.start > b.end - b.start;
}

/** One detection-and-replacement pass over `input`. */
export function redactPass(input: string, cfg: PassConfig): PassResult {
  const rules: Record<string, number> = {};
  if (input.length === 0) return { text: input, rules, changed: false };
  const view = buildView(input);
  const vt = view.text;
  const scan = scanText(vt, INDEX);
  const digits = scan.groups.length > 0;
  let spans: Span[] = [];
  for (const d of DETECTORS) {
    if (cfg.disable.has(d.name) || (d.needsDigit && !digits)) continue;
    d.run(scan, spans);
  }
  if (cfg.custom.length) detectCustom(vt, cfg.custom, spans);
  if (spans.length === 0) return { text: input, rules, changed: false };

  // reference numbers shaped like an IBAN or a card but failing their checksums are not read
  // piecewise as something else: no card inside a bad IBAN, no phone inside either
  if (digits && spans.some((sp) => sp.type === 'PHONE' || sp.type === 'CARD')) {
    const ibanVeto: [number, number][] = [];
    ibanShapedInvalid(scan, ibanVeto);
    const cardVeto: [number, number][] = [];
    if (spans.some((sp) => sp.type === 'PHONE')) cardShapedInvalid(scan, cardVeto);
    ibanVeto.sort((x, y) => x[0] - y[0]);
    cardVeto.sort((x, y) => x[0] - y[0]);
    const hit = (sp: Span, v: [number, number][]): boolean => overlapsAny(v, sp.start, sp.end, 64);
    if (ibanVeto.length || cardVeto.length) {
      spans = spans.filter((sp) =>
        sp.type === 'CARD' ? !hit(sp, ibanVeto) : sp.type === 'PHONE' ? !hit(sp, ibanVeto) && !hit(sp, cardVeto) : true,
      );
    }
  }

  // protected regions: placeholders already in the text
  const protectedRanges: [number, number][] = [];
  if (input.indexOf('[') >= 0) {
    PLACEHOLDER_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PLACEHOLDER_RE.exec(input)) !== null) protectedRanges.push([m.index, m.index + m[0].length]);
  }

  // map to original coordinates, cut out protected placeholders
  const mapped: { s: number; e: number; span: Span; vs: number; ve: number }[] = [];
  for (const sp of spans) {
    if (sp.end <= sp.start) continue;
    const [os, oe] = toOriginal(view, sp.start, sp.end);
    if (protectedRanges.length === 0) {
      if (hasAlnum(input, os, oe)) mapped.push({ s: os, e: oe, span: sp, vs: sp.start, ve: sp.end });
      continue;
    }
    if (!overlapsAny(protectedRanges, os, oe, 64)) {
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

  // merge overlapping detections into groups
  mapped.sort((x, y) => x.s - y.s || y.e - x.e);
  const groups: Group[] = [];
  for (const mp of mapped) {
    const g = groups[groups.length - 1];
    if (g && mp.s < g.end) {
      if (mp.e > g.end) g.end = mp.e;
      if (better(mp.span, g.best)) { g.best = mp.span; g.vs = mp.vs; g.ve = mp.ve; }
    } else {
      groups.push({ start: mp.s, end: mp.e, best: mp.span, vs: mp.vs, ve: mp.ve });
    }
  }

  // replace: groups are sorted and disjoint, so the output is assembled in one sweep
  // (equivalent to replacing right to left, without re-copying the string per group)
  const parts: string[] = [];
  let pos = 0;
  for (const g of groups) {
    const label = labelOf(g.best);
    parts.push(input.slice(pos, g.start), cfg.pseudonym ? cfg.pseudonym(g.best.type, label, vt.slice(g.vs, g.ve)) : `[${label}]`);
    pos = g.end;
    rules[g.best.rule] = (rules[g.best.rule] ?? 0) + 1;
  }
  parts.push(input.slice(pos));
  return { text: parts.join(''), rules, changed: true };
}
