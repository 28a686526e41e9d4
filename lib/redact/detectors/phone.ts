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
import { cum, digitsOf, eachCandidate, elemCountOf, end, len, paren, sep, start } from './phone-candidates';
import { validInternational, validNational } from './phone-plan';
import { isAlnumAt, isDigitCode } from './util';

/** National plans tried for numbers written with a trunk 0 and no country code. */
const TRUNK0: readonly string[] = ['GB', 'DE', 'FR', 'IN', 'NL', 'BE', 'AT', 'CH', 'IE', 'AU', 'NZ'];
/** Plans tried for a bare number after a phone label. */
const LABELLED: readonly string[] = ['US', 'BR', 'IN', 'GB', 'DE', 'FR'];

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

function isDateShape(b: number): boolean {
  if (b !== 2) return false;
  if (paren(0) || paren(1) || paren(2)) return false;
  // one separator, and one of ". / -"
  const s1 = sep(1);
  if (s1 !== sep(2) || !(s1 === 46 || s1 === 47 || s1 === 45)) return false;
  return (len(0) === 4 && len(1) <= 2 && len(2) <= 2) || (len(0) <= 2 && len(1) <= 2 && (len(2) === 4 || len(2) === 2));
}

function isThousands(b: number): boolean {
  if (b < 2) return false;
  if (len(0) > 3) return false;
  const s1 = sep(1);
  for (let k = 1; k <= b; k++) {
    if (paren(k) || len(k) !== 3 || sep(k) !== s1) return false;
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

/** Shape of elements 0…b as lengths, parenthesised ones as "(n)": "(3) 3 4". */
function shapeOf(b: number): string {
  let out = '';
  for (let k = 0; k <= b; k++) {
    if (k) out += ' ';
    out += paren(k) ? `(${len(k)})` : String(len(k));
  }
  return out;
}

function classify(text: string, plus: boolean, b: number, labelled: boolean): boolean {
  const count = cum(b);
  if (count < 7 || count > 15) return false;
  // without a leading 0 or '+', only 10 or 11 digits, or a labelled bare number, can pass
  // the national checks below: most other numbers are turned down before their digits are joined
  if (!plus && text.charCodeAt(paren(0) ? start(0) + 1 : start(0)) !== 48 && count !== 10 && count !== 11 && !(labelled && b === 0 && count >= 9)) return false;
  const all = digitsOf(text);
  const digits = count === all.length ? all : all.slice(0, count);

  if (plus) {
    // "+49 (0)69 …": the bracketed trunk zero is not dialled
    let intl = digits;
    for (let k = 1; k <= b; k++) {
      if (paren(k) && len(k) === 1 && text.charCodeAt(start(k) + 1) === 48) {
        const at = cum(k - 1);
        intl = digits.slice(0, at) + digits.slice(at + 1);
        break;
      }
    }
    return validInternational(intl, intl.length >= 10);
  }
  if (digits.startsWith('00') && digits.length >= 11) return validInternational(digits.slice(2), false);
  // the plan checks first, the (costlier) shape vetoes only for a number that passes them
  return nationalOk(digits, b, labelled) && !vetoed(text, b);
}

/** Dates, SSN-shaped and thousands-grouped numbers are not phone numbers. */
function vetoed(text: string, b: number): boolean {
  if (isDateShape(b) || DATE_INSIDE.test(text.slice(start(0), end(b)))) return true;
  if (b === 2 && len(0) === 3 && len(1) === 2 && len(b) === 4 && sep(1) === 45 && sep(b) === 45) return true; // SSN shape
  return isThousands(b);
}

/** A number written without an international prefix, valid in a national plan its shape allows. */
function nationalOk(digits: string, b: number, labelled: boolean): boolean {
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
  const shape = shapeOf(b);
  let sameSeps = b > 0;
  for (let k = 2; k <= b; k++) if (sep(k) !== sep(1)) sameSeps = false;
  const sep1 = b > 0 ? sep(1) : 0;
  // North American Numbering Plan
  if (digits.length === 10 || digits.charCodeAt(0) === 49) {
    const ten = digits.length === 11 ? digits.slice(1) : digits;
    const nanpShape =
      shape === '(3) 3 4' ||
      (shape === '3 3 4' && sameSeps && sep1 !== 47) ||
      (digits.length === 11 && (shape === '1 3 3 4' || shape === '1 (3) 3 4'));
    if ((nanpShape || bareOk) && nanpOk(ten) && valid(digits, 'US')) return true;
  }
  // Brazil: (DD) NNNN-NNNN, (DD) NNNNN-NNNN, (DD) NNNNNNNN(N), DD NNNNN-NNNN
  const brShape =
    shape === '(2) 4 4' || shape === '(2) 5 4' || shape === '(2) 8' || shape === '(2) 9' ||
    ((shape === '2 4 4' || shape === '2 5 4') && sep(b) === 45);
  if ((brShape || bareOk) && valid(digits, 'BR')) return true;
  // India: NNNNN NNNNN mobile
  if (digits.length === 10 && shape === '5 5' && digits.charCodeAt(0) >= 54 && valid(digits, 'IN')) return true;
  if (bareOk) for (const cc of LABELLED) if (valid(digits, cc)) return true;
  return false;
}

export function detectPhone(scan: Scan, out: Span[]): void {
  const text = scan.text;
  let labels: Hit[] | null = null;
  let labelFrom = 0;
  eachCandidate(scan, (plus, from) => {
    if (labels === null) {
      labels = [];
      for (const h of scan.hits) if (h.kind === 'phone.label' || h.kind === 'phone.label.kv') labels.push(h);
    }
    const last = elemCountOf() - 1;
    if (cum(last) < 7) return;
    // windows start at the candidate's start (a number is not read from the middle of a longer
    // run of groups) and may end early, when the run continues into unrelated digits
    // label hits are sorted by start: skip those that ended long before this candidate
    while (labelFrom < labels.length && (labels[labelFrom] as Hit).start < from - 64) labelFrom++;
    const labelled = labels.length > 0 && labelledBefore(scan, labels, labelFrom, from);
    for (let b = Math.min(last, 7); b >= 0; b--) {
      const c = cum(b);
      if (c < 7) break;
      if (c > 15) continue;
      const e = end(b);
      const rightOk =
        b === last
          ? !isAlnumAt(text, e) && !(text.charCodeAt(e) === 46 && isDigitCode(text.charCodeAt(e + 1)))
          : sep(b + 1) === 32;
      if (!rightOk) continue;
      if (classify(text, plus, b, labelled)) {
        // a reference number ("Order 0457584600"), not a phone number: the candidate is skipped
        if (!labelled && !plus && REFERENCE_BEFORE.test(text.slice(Math.max(0, from - 24), from))) break;
        out.push({ start: plus ? from : start(0), end: e, type: 'PHONE', rule: 'phone', priority: PRIORITY.phone });
        break;
      }
    }
  });
}
