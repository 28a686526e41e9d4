/**
 * Fast numbering-plan checks over libphonenumber-js's *min* metadata (calling codes, national
 * prefixes, possible lengths and national-number patterns per country). This is the check
 * libphonenumber-js's `isValidPhoneNumber` performs with min metadata, without its general
 * parsing machinery, which costs 10–30 µs per call — more than the whole budget for redacting
 * a typical string. The patterns are compiled lazily, once per country.
 */
import metadataJson from 'libphonenumber-js/min/metadata';

interface MinMetadata {
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown[]>;
}

const META = metadataJson as unknown as MinMetadata;

/** One country's plan, read from the metadata once (patterns compiled on first use). */
interface Plan {
  /** possible national-number lengths, or null when the metadata lists none */
  lengths: readonly number[] | null;
  /** the national-number pattern, whole-string */
  re: RegExp | null;
  /** national prefix for parsing, as a sticky pattern matched at 0, or null */
  forParsing: RegExp | null;
  /** whether a matched prefix for parsing is kept (the metadata's transform rule) */
  keepParsed: boolean;
  /** the national (trunk) prefix, when there is no prefix for parsing */
  nationalPrefix: string;
}

const plans = new Map<string, Plan | null>();

function planOf(cc: string): Plan | null {
  let p = plans.get(cc);
  if (p === undefined) {
    const m = META.countries[cc];
    if (!m) p = null;
    else {
      const forParsing = m[7];
      p = {
        lengths: Array.isArray(m[3]) ? (m[3] as number[]) : null,
        re: typeof m[2] === 'string' ? new RegExp(`^(?:${m[2]})$`) : null,
        forParsing: typeof forParsing === 'string' && forParsing ? new RegExp(`(?:${forParsing})`, 'y') : null,
        keepParsed: !!m[8],
        nationalPrefix: typeof m[5] === 'string' ? m[5] : '',
      };
    }
    plans.set(cc, p);
  }
  return p;
}

function numberValid(p: Plan, nsn: string): boolean {
  if (p.lengths !== null && !p.lengths.includes(nsn.length)) return false;
  return p.re !== null && p.re.test(nsn);
}

/** Whether `nsn` (national significant number, digits only) is a valid number of `cc`. */
export function nationalNumberValid(cc: string, nsn: string): boolean {
  const p = planOf(cc);
  return p !== null && numberValid(p, nsn);
}

/** Possible length only (no pattern). */
export function nationalNumberPossible(cc: string, nsn: string): boolean {
  const p = planOf(cc);
  return p !== null && p.lengths !== null && p.lengths.includes(nsn.length);
}

/** How many leading digits are the national prefix of `cc` in `digits` (0: none to remove). */
function prefixLength(p: Plan, digits: string): number {
  if (p.forParsing !== null) {
    p.forParsing.lastIndex = 0;
    return p.forParsing.test(digits) && !p.keepParsed ? p.forParsing.lastIndex : 0;
  }
  return p.nationalPrefix && digits.startsWith(p.nationalPrefix) ? p.nationalPrefix.length : 0;
}

/**
 * The national significant number of a number written nationally in `cc` (digits only):
 * the national (trunk) prefix is removed when the plan has one ("0176…" in DE → "176…",
 * "1 212…" in US → "212…"); plans without one (IT) keep the digits as they are.
 */
export function nationalSignificant(cc: string, digits: string): string[] {
  const p = planOf(cc);
  if (!p) return [];
  const cut = prefixLength(p, digits);
  return cut > 0 ? [digits, digits.slice(cut)] : [digits];
}

/** A number written nationally is valid in `cc`. */
export function validNational(cc: string, digits: string): boolean {
  const p = planOf(cc);
  if (!p) return false;
  if (numberValid(p, digits)) return true;
  const cut = prefixLength(p, digits);
  return cut > 0 && numberValid(p, digits.slice(cut));
}

/** A number written internationally (`digits` after "+" or "00", trunk "(0)" already removed). */
export function validInternational(digits: string, loose: boolean): boolean {
  for (let len = 1; len <= 3 && len < digits.length; len++) {
    const countries = META.country_calling_codes[digits.slice(0, len)];
    if (!countries) continue;
    const nsn = digits.slice(len);
    for (const cc of countries) {
      if (nationalNumberValid(cc, nsn)) return true;
      if (loose && nationalNumberPossible(cc, nsn)) return true;
    }
    return false;
  }
  return false;
}
