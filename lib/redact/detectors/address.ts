/**
 * Street addresses, where that is cheap and reliable:
 * - structural forms that carry their own evidence (a house number, a street type and a postal
 *   code in the country's format): US "123 Main St, Apt 4, Springfield, IL 62704",
 *   UK "Flat 2, 27 Victoria Road, Leeds LS1 4BU", DE "Bahnhofstraße 14b, 70173 Stuttgart",
 *   FR "12 rue de la Paix, 75002 Paris", ES "Calle Mayor 12, 28013 Madrid",
 *   PT/BR "Rua Augusta 100, 1100-053 Lisboa";
 * - otherwise the value after an address label ("Ship to", "Address:", "Adresse",
 *   "Anschrift", "Dirección", "Endereço", `ship_to=` …) up to the next field separator, when
 *   it reads like an address (a house number, a comma, a capitalised word).
 * The structural patterns only run where the shared scan found a street-type word (US/UK) or
 * a postal-code-shaped number after a comma or line break (DE/FR/ES/PT).
 */
import type { Keyword, Scan } from '../scan';
import { PRIORITY, type Span } from '../types';
import { firstGroupFrom } from './groups';
import { isAlnumAt, isJsSpace, stickyEnd } from './util';

const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const US_SUFFIX_WORDS = [
  'Street', 'St', 'Avenue', 'Ave', 'Av', 'Road', 'Rd', 'Drive', 'Dr', 'Lane', 'Ln', 'Boulevard', 'Blvd', 'Court', 'Ct',
  'Place', 'Pl', 'Parkway', 'Pkwy', 'Way', 'Terrace', 'Ter', 'Circle', 'Cir', 'Highway', 'Hwy', 'Square', 'Sq', 'Trail',
  'Trl', 'Loop', 'Alley', 'Plaza', 'Row', 'Run', 'Path', 'Pike', 'Crossing', 'Xing', 'Point', 'Close', 'Crescent', 'Cres',
  'Gardens', 'Grove', 'Hill', 'Park', 'Mews', 'Walk', 'Green', 'Parade', 'Rise', 'View', 'Wharf', 'Quay', 'Gate', 'Yard',
  'Broadway',
];
const US_SUFFIX = `(?:${US_SUFFIX_WORDS.join('|')})`;
const UNIT = String.raw`(?:(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Rm|Room|Bldg|Building)\.?\s*#?\s*[A-Z0-9-]{1,6}|#\s*[A-Z0-9-]{1,6})`;
const STREET = String.raw`\d{1,6}[A-Za-z]?\s+(?:[NSEW]{1,2}\.?\s+)?(?:${CAP}\s+){0,3}${US_SUFFIX}\.?(?:\s+[NSEW]{1,2}\.?)?`;
const US_STATE = String.raw`(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|P[AR]|RI|S[CD]|T[NX]|UT|V[AIT]|W[AIVY])`;
const UK_POSTCODE = String.raw`(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})`;

const US = new RegExp(String.raw`${STREET}(?:,?\s+${UNIT})?,?\s+${CAP}(?:\s+${CAP}){0,3},?\s+${US_STATE}\s+\d{5}(?:-\d{4})?(?!\d)`, 'yu');
const UK = new RegExp(
  String.raw`(?:(?:Flat|Apartment|Unit)\s+\d{1,4}[A-Z]?,?\s+)?${STREET}(?:,?\s+${UNIT})?(?:,\s*|\s*\n\s*|\s+)${CAP}(?:\s+${CAP}){0,2},?\s+${UK_POSTCODE}(?![\p{L}\p{N}])`,
  'yu',
);
const STREET_FORMS: readonly RegExp[] = [US, UK];
const UK_FLAT_BEFORE = /(?:Flat|Apartment|Unit)\s+\d{1,4}[A-Z]?,?\s+$/u;

const DE_STREET_END = String.raw`(?:straße|strasse|str\.|weg|allee|gasse|platz|ring|damm|ufer|chaussee|steig|pfad|markt|hof|berg|feld|garten|park|brücke|tor|wall|graben|kai|zeile|stieg|anger|au|aue|winkel|grund|höhe|hang|tal|wiese|siedlung)`;
const PLZ_SEP = String.raw`(?:,\s*|\s*\n\s*)`;
const DE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:Am|An der|An den|Auf der|Auf dem|Im|In der|In den|Zum|Zur|Unter den|Alt-|Alte[rn]?|Große[rn]?|Kleine[rn]?|Neue[rn]?)\s*${CAP}|${CAP}(?:[ -]${CAP}){0,2}${DE_STREET_END}|(?:${CAP}[ -]){1,2}(?:Straße|Strasse|Str\.|Weg|Allee|Gasse|Platz|Ring|Damm|Ufer|Chaussee))\s+\d{1,4}\s?[a-zA-Z]?(?:[-/]\d{1,4}[a-z]?)?${PLZ_SEP}(?:D-)?\d{5}\s+${CAP}(?:[ -](?:am|an der|im|${CAP}))*`,
  'gu',
);
const FR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours|passage|square|faubourg|rue du faubourg)\s+[^,\n|;·•]{2,40}${PLZ_SEP}\d{5}\s+${CAP}(?:[ -]${CAP}){0,3}`,
  'giu',
);
const ES = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:Calle|C/|Avenida|Avda\.|Av\.|Paseo|Plaza|Camino|Carrera|Ronda|Travesía|Carretera)\s+[^,\n|;·•]{2,40},?\s+\d{1,4}[^,\n|;·•]{0,12}${PLZ_SEP}\d{5}\s+${CAP}(?:[ -]${CAP}){0,3}`,
  'gu',
);
const PT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:Rua|R\.|Avenida|Av\.|Travessa|Praça|Largo|Alameda|Estrada|Rodovia)\s+[^,\n|;·•]{2,40},\s*(?:n[º°o]\.?\s*)?\d{1,5}[^\n|;·•]{0,40}?(?:\d{4}-\d{3}|\d{5}-?\d{3})(?:\s+${CAP}(?:[ -]${CAP}){0,3})?`,
  'gu',
);
const POSTAL_FORMS: readonly RegExp[] = [DE, FR, ES, PT];
const POSTAL_BEFORE = /(?:,\s*|\n\s*|,\s*D-|\s\d{1,5}[a-z]?\s)$/;

const LABELS = [
  'address', 'home address', 'work address', 'billing address', 'shipping address', 'mailing address', 'postal address',
  'street address', 'delivery address', 'new address', 'default address', 'business address', 'registered address',
  'address line', 'address line 1', 'address line 2', 'my address is', 'address is', 'use address', 'address saved',
  'search address', 'ship to', 'shipping to', 'ship it to', 'will ship to', 'deliver to', 'delivering to', 'delivered to',
  'directions to', 'property', 'destination', 'addr', 'adresse', 'anschrift', 'lieferadresse', 'rechnungsadresse',
  'wohnadresse', 'postanschrift', 'liefern an', 'adresse de livraison', 'adresse de facturation', 'livrer à', 'dirección',
  'direccion', 'domicilio', 'dirección de envío', 'enviar a', 'endereço', 'endereco', 'morada', 'entregar em',
  'endereço de entrega',
];

export const ADDRESS_KEYWORDS: readonly Keyword[] = [
  ...LABELS.map((word) => ({ word, kind: 'address.label' })),
  ...US_SUFFIX_WORDS.map((w) => ({ word: w.toLowerCase(), kind: 'address.street' })),
];

const LABEL_SEP = /\s*(?:is\s+)?[:=\-–]?\s*["']?/y;
/** Where a labelled value ends: a field separator, a quote, a line end or a double space. */
const VALUE_END = /\s[|·•—–;│›»>/]\s|[|·•│\t\n;"[]|\s{2,}|\s[-–—]\s|&(?=[a-z_]+=)|\s\((?:home|shipping|billing|default|work)|\.\s|,\s(?:see|thanks|pls|please|and|or|ok|can)\b|$/iu;
const NOT_AFTER = /(?:e-?mail|ip|mac|web|wallet|server|bitcoin|btc|eth|ipv[46]|contract|memory|return|remote)[\s_]*$/i;

function push(out: Span[], s: number, e: number): void {
  out.push({ start: s, end: e, type: 'ADDRESS', rule: 'address', priority: PRIORITY.address });
}

/**
 * Whether the text has a US state and ZIP code shape anywhere: a run of exactly five digits
 * after white space after two capital letters (the US pattern cannot match without one).
 */
function usZipIn(text: string, groups: readonly number[]): boolean {
  for (let k = 0; k < groups.length; k += 2) {
    const gs = groups[k] as number;
    if ((groups[k + 1] as number) - gs !== 5) continue;
    let q = gs - 1;
    if (q < 0 || !isJsSpace(text.charCodeAt(q))) continue;
    while (q > 0 && isJsSpace(text.charCodeAt(q - 1))) q--;
    const a = text.charCodeAt(q - 2);
    const b = text.charCodeAt(q - 1);
    if (a >= 65 && a <= 90 && b >= 65 && b <= 90) return true;
  }
  return false;
}

/** Whether the text has a UK inward code shape anywhere: a digit followed by two capital letters. */
function ukPostcodeIn(text: string, groups: readonly number[]): boolean {
  for (let k = 1; k < groups.length; k += 2) {
    const ge = groups[k] as number;
    const a = text.charCodeAt(ge);
    const b = text.charCodeAt(ge + 1);
    if (a >= 65 && a <= 90 && b >= 65 && b <= 90) return true;
  }
  return false;
}

/** The street words one of which the ES and PT forms need, written as in the patterns (case-sensitive). */
const ES_WORDS = ['Calle', 'C/', 'Avenida', 'Avda.', 'Av.', 'Paseo', 'Plaza', 'Camino', 'Carrera', 'Ronda', 'Travesía', 'Carretera'];
const PT_WORDS = ['Rua', 'R.', 'Avenida', 'Av.', 'Travessa', 'Praça', 'Largo', 'Alameda', 'Estrada', 'Rodovia'];
/**
 * The FR form's street words, as substrings ("av" covers "avenue" and "av."): FR matches
 * case-insensitively, so ASCII text it matches holds one of them in some letter case.
 * ("allée" cannot match ASCII text.)
 */
const FR_WORDS = /rue|av|boulevard|bd|place|chemin|impasse|quai|route|cours|passage|square|faubourg/i;

function includesAny(win: string, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (win.indexOf(words[k] as string) >= 0) return true;
  return false;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/**
 * A necessary condition for the postal form `re` to match anywhere in `win`: the street words
 * its pattern requires. (Non-ASCII text is always tried with FR: case-insensitive Unicode
 * matching folds some non-ASCII letters to ASCII ones.)
 */
function mayMatchPostal(re: RegExp, win: string): boolean {
  if (re === ES) return includesAny(win, ES_WORDS);
  if (re === PT) return includesAny(win, PT_WORDS);
  if (re === FR) return !isAscii(win) || FR_WORDS.test(win);
  return true;
}

/** `POSTAL_BEFORE.test(text.slice(lo, hi))`, read in place. */
export function postalBefore(text: string, lo: number, hi: number): boolean {
  // the white space at the end: [q, hi)
  let q = hi;
  while (q > lo && isJsSpace(text.charCodeAt(q - 1))) q--;
  // ",\s*" and "\n\s*"
  if (q > lo && text.charCodeAt(q - 1) === 44) return true;
  for (let i = q; i < hi; i++) if (text.charCodeAt(i) === 10) return true;
  // ",\s*D-"
  if (hi - lo >= 3 && text.charCodeAt(hi - 1) === 45 && text.charCodeAt(hi - 2) === 68) {
    let r = hi - 2;
    while (r > lo && isJsSpace(text.charCodeAt(r - 1))) r--;
    if (r > lo && text.charCodeAt(r - 1) === 44) return true;
  }
  // "\s\d{1,5}[a-z]?\s"
  if (q === hi || hi - lo < 3) return false;
  let p = hi - 1;
  const l = text.charCodeAt(p - 1);
  if (l >= 97 && l <= 122) p--;
  let d = p;
  while (d > lo && p - d < 5) {
    const c = text.charCodeAt(d - 1);
    if (c < 48 || c > 57) break;
    d--;
  }
  return d < p && d > lo && isJsSpace(text.charCodeAt(d - 1));
}

function structural(scan: Scan, out: Span[]): void {
  const { text, groups } = scan;
  let tried: Set<number> | null = null;
  // whether the text has a ZIP code / UK postcode shape at all: 0 not yet known, 1 yes, 2 no
  let usZip = 0;
  let ukPostcode = 0;
  for (const h of scan.hits) {
    if (h.kind !== 'address.street') continue;
    // the street type must be capitalised ("Road", "St"), with a house number before it and a
    // ZIP code or postcode after it
    const c0 = text.charCodeAt(h.start);
    if (c0 < 65 || c0 > 90) continue;
    const starts: number[] = [];
    let tail = false;
    for (let k = firstGroupFrom(groups, h.start - 60); k < groups.length; k += 2) {
      const gs = groups[k] as number;
      const ge = groups[k + 1] as number;
      if (gs < h.start) {
        if (!isAlnumAt(text, gs - 1)) starts.push(gs);
      } else if (gs - h.end <= 90) {
        const len = ge - gs;
        if (len === 5 || (len <= 2 && text.charCodeAt(gs - 1) >= 65 && text.charCodeAt(gs - 1) <= 90)) tail = true;
      } else break;
    }
    if (!tail || starts.length === 0) continue;
    // nearest house number first; an earlier one may be right ("Flat 2, 27 Victoria Road")
    tried ??= new Set<number>();
    for (const st of starts.reverse()) {
      if (tried.has(st)) continue;
      tried.add(st);
      let found = false;
      for (const re of STREET_FORMS) {
        if (re === US) {
          if (usZip === 0) usZip = usZipIn(text, groups) ? 1 : 2;
          if (usZip === 2) continue;
        } else {
          if (ukPostcode === 0) ukPostcode = ukPostcodeIn(text, groups) ? 1 : 2;
          if (ukPostcode === 2) continue;
        }
        let from = st;
        if (re === UK) {
          const f = UK_FLAT_BEFORE.exec(text.slice(Math.max(0, st - 24), st));
          if (f) from = st - f[0].length;
        }
        const e = stickyEnd(re, text, from);
        if (e >= 0) { push(out, from, e); found = true; break; }
      }
      if (found) break;
    }
  }
  // DE/FR/ES/PT: a postal code after a comma or line break, followed by a capitalised town
  for (let k = 0; k < groups.length; k += 2) {
    const gs = groups[k] as number;
    const ge = groups[k + 1] as number;
    const len = ge - gs;
    if (len !== 5 && len !== 4 && len !== 8) continue;
    // after ", " or a line break ("D-" allowed), and followed by a town or "-NNN"
    const next = text.charCodeAt(ge);
    if (!(next === 32 || next === 45)) continue;
    // POSTAL_BEFORE ends in a comma, "D-" or white space
    const prev = gs > 0 ? text.charCodeAt(gs - 1) : 0;
    if (!(prev === 44 || prev === 45 || isJsSpace(prev))) continue;
    if (!postalBefore(text, Math.max(0, gs - 4), gs)) continue;
    const lo = Math.max(0, gs - 90);
    const win = text.slice(lo, Math.min(text.length, ge + 48));
    for (const re of POSTAL_FORMS) {
      if (!mayMatchPostal(re, win)) continue;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(win)) !== null) {
        const s = lo + m.index;
        const e = s + m[0].length;
        if (s < gs && e >= ge) push(out, s, e);
      }
    }
  }
}

const STARTS_LIKE_ADDRESS = /^[\d\p{Lu}]/u;
const HOUSE_NUMBER = /(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?(?![\p{L}\p{N}])/u;
const CAPITALISED_WORD = /\p{Lu}\p{L}{2,}/u;
const KEY_VALUE_OR_URL = /[=+@]|:\/\//;
const DOTTED_QUAD = /^\d{1,3}(?:\.\d{1,3}){3}\b/;

/** `[\s.,:;!?)]` */
function isTrailing(c: number): boolean {
  return c === 46 || c === 44 || c === 58 || c === 59 || c === 33 || c === 63 || c === 41 || isJsSpace(c);
}

function labelled(scan: Scan, out: Span[]): void {
  const text = scan.text;
  for (const h of scan.hits) {
    if (h.kind !== 'address.label') continue;
    const sepEnd = stickyEnd(LABEL_SEP, text, h.end);
    const at = sepEnd >= 0 ? sepEnd : h.end;
    if (at === h.end && !(at < text.length && isJsSpace(text.charCodeAt(at)))) continue;
    if (NOT_AFTER.test(text.slice(Math.max(0, h.start - 12), h.start))) continue;
    const rest = text.slice(at, at + 160);
    const endM = VALUE_END.exec(rest);
    // the value, without trailing white space and punctuation ([\s.,:;!?)]+$)
    let len = endM ? endM.index : rest.length;
    while (len > 0 && isTrailing(rest.charCodeAt(len - 1))) len--;
    if (len < 6 || len > 120) continue;
    const value = rest.slice(0, len);
    // an address starts with a house number or a capitalised word
    if (!STARTS_LIKE_ADDRESS.test(value)) continue;
    // it must read like an address: a comma, a house number and a capitalised word, no key=value
    if (!value.includes(',') || !HOUSE_NUMBER.test(value) || !CAPITALISED_WORD.test(value)) continue;
    if (KEY_VALUE_OR_URL.test(value) || DOTTED_QUAD.test(value)) continue;
    push(out, at, at + len);
  }
}

export function detectAddress(scan: Scan, out: Span[]): void {
  const before = out.length;
  structural(scan, out);
  const after = out.length;
  const fallback: Span[] = [];
  labelled(scan, fallback);
  // a labelled value that a structural form already covers is not widened by the fallback
  for (const f of fallback) {
    let covered = false;
    for (let k = before; k < after && !covered; k++) {
      const s = out[k] as Span;
      covered = s.start <= f.start + 2 && s.end >= f.start;
    }
    if (!covered) out.push(f);
  }
}
