/**
 * Telephone numbers, validated against the numbering plans in libphonenumber-js's *min*
 * metadata (see phone-plan.ts: calling codes, trunk prefixes, possible lengths and
 * national-number patterns; ≈80 KB of JSON in the background bundle, none of the library's
 * parsing code). Min metadata does not hold the per-type patterns of the 150 KB "max" set; the
 * shape rules below supply the rest of the precision.
 *
 * A candidate is a run of digit groups (separators: space - . / and parentheses, an optional
 * leading +). It is a phone number when
 * - it is international (+CC…, 00CC…) and valid for its calling code; or
 * - it is national with a trunk 0 (UK, DE, FR, IN, and other trunk-0 plans) and valid there; or
 * - it has the North American shape ((NPA) NXX-XXXX, NPA-NXX-XXXX, NPA.NXX.XXXX, 1-NPA-…),
 *   the Brazilian shape ((DD) NNNNN-NNNN, DD NNNNN-NNNN) or the Indian mobile shape
 *   (NNNNN NNNNN), and is valid in that plan; or
 * - it is a bare digit string right after a phone label (phone=, msisdn=, tel:, call, mobile …)
 *   and valid in one of the plans above.
 * Dates, SSN-shaped and thousands-grouped numbers ("518 994 557 743") are not phone numbers.
 */
import type { Hit, Keyword, Scan } from '../scan';
import { PRIORITY, type Span } from '../types';
import { validInternational, validNational } from './phone-plan';
import { isAlnumAt, isDigitCode } from './util';

/** National plans tried for numbers written with a trunk 0 and no country code. */
const TRUNK0: readonly string[] = ['GB', 'DE', 'FR', 'IN', 'NL', 'BE', 'AT', 'CH', 'IE', 'AU', 'NZ'];
/** Plans tried for a bare number after a phone label. */
const LABELLED: readonly string[] = ['US', 'BR', 'IN', 'GB', 'DE', 'FR'];

interface Elem {
  start: number;
  end: number;
  /** digit count (without parentheses) */
  len: number;
  paren: boolean;
  /** separator before this element: ' ', '-', '.', '/', '' (glued, e.g. ")6") */
  sep: string;
}

interface Candidate {
  plus: boolean;
  /** index of the '+' (or of the first element) */
  start: number;
  elems: Elem[];
  /** all digits of all elements */
  digits: string;
  /** cum[k] = digits in elems[0..k] */
  cum: number[];
}

/** A separator inside a phone number: one of " -./" */
function isSepCode(c: number): boolean {
  return c === 32 || c === 45 || c === 46 || c === 47;
}

function isGapChar(c: number): boolean {
  return c === 32 || c === 45 || c === 46 || c === 47 || c === 40 || c === 41;
}

/** Tokenises phone-like candidates, starting only where the scan found digits. */
function candidates(scan: Scan): Candidate[] {
  const text = scan.text;
  const out: Candidate[] = [];
  const n = text.length;
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
    let start = first;
    let plus = false;
    if (text.charCodeAt(first - 1) === 43) { start = first - 1; plus = true; }
    else if (text.charCodeAt(first - 1) === 32 && text.charCodeAt(first - 2) === 43) { start = first - 2; plus = true; }
    if (isAlnumAt(text, start - 1) || text.charCodeAt(start - 1) === 95) continue; // glued ("v5", "ID123")
    if (!plus && text.charCodeAt(start - 1) === 35) continue; // "#0123456789": an order or ticket number
    const elems: Elem[] = [];
    let digits = '';
    const cum: number[] = [];
    let sep = '';
    let j = first;
    for (;;) {
      let e: Elem | null = null;
      if (text.charCodeAt(j) === 40) {
        let r = j + 1;
        while (r < n && isDigitCode(text.charCodeAt(r)) && r - j <= 5) r++;
        if (r > j + 1 && text.charCodeAt(r) === 41) {
          e = { start: j, end: r + 1, len: r - j - 1, paren: true, sep };
          digits += text.slice(j + 1, r);
        }
      } else if (isDigitCode(text.charCodeAt(j))) {
        let r = j;
        while (r < n && isDigitCode(text.charCodeAt(r))) r++;
        e = { start: j, end: r, len: r - j, paren: false, sep };
        digits += text.slice(j, r);
      }
      if (!e) break;
      elems.push(e);
      cum.push(digits.length);
      j = e.end;
      const nc = text.charCodeAt(j);
      const after = text.charCodeAt(j + 1);
      if (isSepCode(nc) && (isDigitCode(after) || after === 40)) { sep = text.charAt(j); j++; continue; }
      if (nc === 40 || (e.paren && isDigitCode(nc))) { sep = ''; continue; }
      break;
    }
    if (elems.length > 0) {
      out.push({ plus, start, elems, digits, cum });
      consumed = (elems[elems.length - 1] as Elem).end;
    }
  }
  return out;
}

const PHONE_KEYWORDS_KV: Keyword[] = [];
const PHONE_LABELS: readonly Keyword[] = [
  'phone', 'phone number', 'tel', 'tel.', 'telephone', 'telephone number', 'mobile', 'mobile number', 'mobil', 'mob',
  'cell', 'cell phone', 'cellphone', 'cell number', 'msisdn', 'whatsapp', 'whats app', 'sms', 'fax', 'fax number',
  'call', 'call me on', 'call me at', 'dial', 'contact number', 'my number', 'new number', 'my new number', 'handy',
  'handynummer', 'telefon', 'telefonnummer', 'téléphone', 'tél', 'tél.', 'numéro', 'número', 'telefone', 'teléfono',
  'celular', 'móvil', 'portable', 'contact', 'reach me at', 'text me at', 'text me on', 'ring',
].map((word) => ({ word, kind: 'phone.label' }));
/** `number=`, `to=` as keys of their own (not `card_number=`, `order.number=`; not "updated to"). */
PHONE_KEYWORDS_KV.push({ word: 'number', kind: 'phone.label.kv' }, { word: 'to', kind: 'phone.label.kv' });

/** Between a key and its value: `=`, `="`, `: "` (JSON). */
const KV_GAP = /^(?:\s*=\s*["']?|["']?\s*:\s*["'])$/;
/** What may stand between a phone label and the number. */
const LABEL_GAP = /^\s*(?:is\s*)?(?:[:=#]|\.:?)?\s*["']?$/;

export const PHONE_KEYWORDS: readonly Keyword[] = [...PHONE_LABELS, ...PHONE_KEYWORDS_KV];

function labelledBefore(scan: Scan, labels: readonly Hit[], from: number, start: number): boolean {
  const to = Math.min(labels.length, from + 16);
  for (let k = from; k < to; k++) {
    const h = labels[k] as Hit;
    if (h.start > start) break;
    if (h.end > start || start - h.end > 6) continue;
    if (h.kind === 'phone.label' && LABEL_GAP.test(scan.text.slice(h.end, start))) return true;
    if (h.kind === 'phone.label.kv' && KV_GAP.test(scan.text.slice(h.end, start)) && !/[_.]/.test(scan.text.charAt(h.start - 1))) return true;
  }
  return false;
}

/** Words that introduce a reference number, not a phone number ("Order 0457584600"). */
const REFERENCE_BEFORE =
  /(?<![A-Za-z])(?:(?:order|invoice|inv|ref|reference|ticket|case|claim|po|tracking|track|id|batch|serial|sku|item|account|acct|txn|transaction|booking|confirmation|bestellung|rechnung|commande|facture|pedido|factura|fatura|encomenda)\.?|no\.|nr\.|n[°º])\s*[:#=-]?\s*$/i;

/** A date inside the candidate ("05/12/2016 14:45") rules it out. */
const DATE_INSIDE = /(?:^|\D)(?:\d{1,2}([./-])\d{1,2}\1(?:19|20)\d\d|(?:19|20)\d\d([./-])\d{1,2}\2\d{1,2})(?:\D|$)/;

function isDateShape(elems: Elem[], b: number): boolean {
  if (b !== 2) return false;
  const [e0, e1, e2] = elems as [Elem, Elem, Elem];
  if (e0.paren || e1.paren || e2.paren) return false;
  if (e1.sep !== e2.sep || !'./-'.includes(e1.sep) || e1.sep === '') return false;
  return (e0.len === 4 && e1.len <= 2 && e2.len <= 2) || (e0.len <= 2 && e1.len <= 2 && (e2.len === 4 || e2.len === 2));
}

function isThousands(elems: Elem[], b: number): boolean {
  if (b < 2) return false;
  if ((elems[0] as Elem).len > 3) return false;
  const sep = (elems[1] as Elem).sep;
  for (let k = 1; k <= b; k++) {
    const e = elems[k] as Elem;
    if (e.paren || e.len !== 3 || e.sep !== sep) return false;
  }
  return true;
}

function valid(digits: string, country: string): boolean {
  return validNational(country, digits);
}

/** NANP: NPA and NXX start with 2–9, NPA is not N11. */
function nanpOk(ten: string): boolean {
  const a = ten.charCodeAt(0) - 48;
  const x = ten.charCodeAt(3) - 48;
  if (a < 2 || x < 2) return false;
  if (ten[1] === '1' && ten[2] === '1') return false;
  return true;
}

/** Shape of elems[0..b] as lengths, parenthesised ones as "(n)": "(3) 3 4". */
function shapeOf(elems: Elem[], b: number): string {
  let out = '';
  for (let k = 0; k <= b; k++) {
    const e = elems[k] as Elem;
    if (k) out += ' ';
    out += e.paren ? `(${e.len})` : String(e.len);
  }
  return out;
}

function classify(text: string, cand: Candidate, b: number, labelled: boolean): boolean {
  const elems = cand.elems;
  const count = cand.cum[b] as number;
  if (count < 7 || count > 15) return false;
  const digits = count === cand.digits.length ? cand.digits : cand.digits.slice(0, count);

  if (cand.plus) {
    // "+49 (0)69 …": the bracketed trunk zero is not dialled
    let intl = digits;
    for (let k = 1; k <= b; k++) {
      const e = elems[k] as Elem;
      if (e.paren && e.len === 1 && text.charCodeAt(e.start + 1) === 48) {
        const at = cand.cum[k - 1] as number;
        intl = digits.slice(0, at) + digits.slice(at + 1);
        break;
      }
    }
    return validInternational(intl, intl.length >= 10);
  }
  if (digits.startsWith('00') && digits.length >= 11) return validInternational(digits.slice(2), false);
  // the plan checks first, the (costlier) shape vetoes only for a number that passes them
  return nationalOk(digits, elems, b, labelled) && !vetoed(text, elems, b);
}

/** Dates, SSN-shaped and thousands-grouped numbers are not phone numbers. */
function vetoed(text: string, elems: Elem[], b: number): boolean {
  const first = elems[0] as Elem;
  const last = elems[b] as Elem;
  if (isDateShape(elems, b) || DATE_INSIDE.test(text.slice(first.start, last.end))) return true;
  if (b === 2 && first.len === 3 && (elems[1] as Elem).len === 2 && last.len === 4 && (elems[1] as Elem).sep === '-' && last.sep === '-') return true; // SSN shape
  return isThousands(elems, b);
}

/** A number written without an international prefix, valid in a national plan its shape allows. */
function nationalOk(digits: string, elems: Elem[], b: number, labelled: boolean): boolean {
  const last = elems[b] as Elem;
  if (digits.charCodeAt(0) === 48) {
    if (digits.length < 9 || digits.length > 12) return false;
    if (b === 0 && !labelled && digits.length < 10) return false;
    for (const cc of TRUNK0) if (valid(digits, cc)) return true;
    return false;
  }
  const single = b === 0;
  // a bare digit string is a phone number only after a label, and only with a full number's length
  const bareOk = labelled && single && digits.length >= 9;
  if (digits.length !== 10 && digits.length !== 11) {
    if (bareOk) for (const cc of LABELLED) if (valid(digits, cc)) return true;
    return false;
  }
  const shape = shapeOf(elems, b);
  let sameSeps = b > 0;
  for (let k = 2; k <= b; k++) if ((elems[k] as Elem).sep !== (elems[1] as Elem).sep) sameSeps = false;
  const sep1 = b > 0 ? (elems[1] as Elem).sep : '';
  // North American Numbering Plan
  if (digits.length === 10 || digits.charCodeAt(0) === 49) {
    const ten = digits.length === 11 ? digits.slice(1) : digits;
    const nanpShape =
      shape === '(3) 3 4' ||
      (shape === '3 3 4' && sameSeps && sep1 !== '/') ||
      (digits.length === 11 && (shape === '1 3 3 4' || shape === '1 (3) 3 4'));
    if ((nanpShape || bareOk) && nanpOk(ten) && valid(digits, 'US')) return true;
  }
  // Brazil: (DD) NNNN-NNNN, (DD) NNNNN-NNNN, (DD) NNNNNNNN(N), DD NNNNN-NNNN
  const brShape =
    shape === '(2) 4 4' || shape === '(2) 5 4' || shape === '(2) 8' || shape === '(2) 9' ||
    ((shape === '2 4 4' || shape === '2 5 4') && last.sep === '-');
  if ((brShape || bareOk) && valid(digits, 'BR')) return true;
  // India: NNNNN NNNNN mobile
  if (digits.length === 10 && shape === '5 5' && digits.charCodeAt(0) >= 54 && valid(digits, 'IN')) return true;
  if (bareOk) for (const cc of LABELLED) if (valid(digits, cc)) return true;
  return false;
}

export function detectPhone(scan: Scan, out: Span[]): void {
  const text = scan.text;
  const cands = candidates(scan);
  if (cands.length === 0) return;
  const labels: Hit[] = [];
  for (const h of scan.hits) if (h.kind === 'phone.label' || h.kind === 'phone.label.kv') labels.push(h);
  let labelFrom = 0;
  for (const cand of cands) {
    const elems = cand.elems;
    if (cand.digits.length < 7) continue;
    const first = elems[0] as Elem;
    // windows start at the candidate's start (a number is not read from the middle of a longer
    // run of groups) and may end early, when the run continues into unrelated digits
    // label hits are sorted by start: skip those that ended long before this candidate
    while (labelFrom < labels.length && (labels[labelFrom] as Hit).start < cand.start - 64) labelFrom++;
    const labelled = labels.length > 0 && labelledBefore(scan, labels, labelFrom, cand.start);
    for (let b = Math.min(elems.length - 1, 7); b >= 0; b--) {
      const c = cand.cum[b] as number;
      if (c < 7) break;
      if (c > 15) continue;
      const endElem = elems[b] as Elem;
      const rightOk =
        b === elems.length - 1
          ? !isAlnumAt(text, endElem.end) && !(text.charCodeAt(endElem.end) === 46 && isDigitCode(text.charCodeAt(endElem.end + 1)))
          : (elems[b + 1] as Elem).sep === ' ';
      if (!rightOk) continue;
      if (classify(text, cand, b, labelled)) {
        // a reference number ("Order 0457584600"), not a phone number: the candidate is skipped
        if (!labelled && !cand.plus && REFERENCE_BEFORE.test(text.slice(Math.max(0, cand.start - 24), cand.start))) break;
        out.push({ start: cand.plus ? cand.start : first.start, end: endElem.end, type: 'PHONE', rule: 'phone', priority: PRIORITY.phone });
        break;
      }
    }
  }
}
