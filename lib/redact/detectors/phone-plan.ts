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
const compiled = new Map<string, RegExp | null>();
const parsingPrefix = new Map<string, RegExp>();

function countryMeta(cc: string): unknown[] | undefined {
  return META.countries[cc];
}

function nationalPattern(cc: string): RegExp | null {
  let re = compiled.get(cc);
  if (re === undefined) {
    const m = countryMeta(cc);
    re = m && typeof m[2] === 'string' ? new RegExp(`^(?:${m[2]})$`) : null;
    compiled.set(cc, re);
  }
  return re;
}

/** Whether `nsn` (national significant number, digits only) is a valid number of `cc`. */
export function nationalNumberValid(cc: string, nsn: string): boolean {
  const m = countryMeta(cc);
  if (!m) return false;
  const lengths = m[3];
  if (Array.isArray(lengths) && !lengths.includes(nsn.length)) return false;
  const re = nationalPattern(cc);
  return re !== null && re.test(nsn);
}

/** Possible length only (no pattern). */
export function nationalNumberPossible(cc: string, nsn: string): boolean {
  const m = countryMeta(cc);
  const lengths = m?.[3];
  return Array.isArray(lengths) && lengths.includes(nsn.length);
}

/**
 * The national significant number of a number written nationally in `cc` (digits only):
 * the national (trunk) prefix is removed when the plan has one ("0176…" in DE → "176…",
 * "1 212…" in US → "212…"); plans without one (IT) keep the digits as they are.
 */
export function nationalSignificant(cc: string, digits: string): string[] {
  const m = countryMeta(cc);
  if (!m) return [];
  const out = [digits];
  const forParsing = m[7];
  if (typeof forParsing === 'string' && forParsing) {
    let re = parsingPrefix.get(cc);
    if (re === undefined) {
      re = new RegExp(`^(?:${forParsing})`);
      parsingPrefix.set(cc, re);
    }
    const p = re.exec(digits);
    if (p && p[0].length > 0 && !m[8]) out.push(digits.slice(p[0].length));
  } else if (typeof m[5] === 'string' && m[5] && digits.startsWith(m[5])) {
    out.push(digits.slice(m[5].length));
  }
  return out;
}

/** A number written nationally is valid in `cc`. */
export function validNational(cc: string, digits: string): boolean {
  for (const nsn of nationalSignificant(cc, digits)) if (nationalNumberValid(cc, nsn)) return true;
  return false;
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
