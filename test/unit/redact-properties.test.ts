import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactText } from '../../lib/redact/text';

const digitsOf = (s: string) => s.replace(/\D/g, '');
const squeeze = (s: string) => s.replace(/[\s\-./()+:]/g, '');

/** Surrounding text that cannot glue itself to the value: arbitrary text, then a separator. */
const around = fc.record({
  before: fc.string({ maxLength: 30 }),
  sepBefore: fc.constantFrom(' ', ', ', '; ', ' | ', ' (', ': ', '\n', ' · '),
  sepAfter: fc.constantFrom(' ', ', ', '; ', ' | ', ') ', '. ', '\n', ' · '),
  after: fc.string({ maxLength: 30 }),
});

function luhnCheckDigit(partial: string): string {
  let sum = 0;
  let dbl = true; // the check digit will be appended at the right
  for (let i = partial.length - 1; i >= 0; i--) {
    let d = partial.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return String((10 - (sum % 10)) % 10);
}

const BRANDS: { prefixes: string[]; length: number; groups: number[] }[] = [
  { prefixes: ['4'], length: 16, groups: [4, 4, 4, 4] },
  { prefixes: ['51', '52', '53', '54', '55', '2221', '2720'], length: 16, groups: [4, 4, 4, 4] },
  { prefixes: ['34', '37'], length: 15, groups: [4, 6, 5] },
  { prefixes: ['6011', '65'], length: 16, groups: [4, 4, 4, 4] },
  { prefixes: ['3530', '3589'], length: 16, groups: [4, 4, 4, 4] },
  { prefixes: ['36'], length: 14, groups: [4, 6, 4] },
  { prefixes: ['4'], length: 19, groups: [4, 4, 4, 4, 3] },
];

const validCard = fc
  .record({
    brand: fc.constantFrom(...BRANDS),
    pick: fc.nat(),
    body: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 18, maxLength: 18 }),
    format: fc.constantFrom('bare', ' ', '-'),
  })
  .map(({ brand, pick, body, format }) => {
    const prefix = brand.prefixes[pick % brand.prefixes.length] as string;
    const partial = prefix + body.join('').slice(0, brand.length - prefix.length - 1);
    const digits = partial + luhnCheckDigit(partial);
    if (format === 'bare') return { value: digits, digits };
    const parts: string[] = [];
    let at = 0;
    for (const g of brand.groups) {
      parts.push(digits.slice(at, at + g));
      at += g;
    }
    return { value: parts.join(format), digits };
  });

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** BBAN layouts: n = digits, a = upper-case letters, c = alphanumerics */
const IBAN_LAYOUTS: Record<string, string> = {
  DE: '18n', GB: '4a14n', FR: '10n11c2n', NL: '4a10n', ES: '20n', IT: '1a10n12c', PL: '24n', CH: '5n12c', BE: '12n', AT: '16n',
  SE: '20n', PT: '21n', IE: '4a14n',
};

function ibanCheck(country: string, bban: string): string {
  const s = bban + country + '00';
  let rem = 0;
  for (const ch of s) {
    const v = ALNUM.indexOf(ch);
    rem = v < 10 ? (rem * 10 + v) % 97 : (rem * 100 + v) % 97;
  }
  return String(98 - rem).padStart(2, '0');
}

const validIban = fc
  .record({
    country: fc.constantFrom(...Object.keys(IBAN_LAYOUTS)),
    chars: fc.array(fc.integer({ min: 0, max: 35 }), { minLength: 30, maxLength: 30 }),
    grouped: fc.boolean(),
  })
  .map(({ country, chars, grouped }) => {
    let bban = '';
    let k = 0;
    for (const [, n, kind] of (IBAN_LAYOUTS[country] as string).matchAll(/(\d+)([nac])/g)) {
      for (let i = 0; i < Number(n); i++) {
        const x = chars[k++ % chars.length] as number;
        bban += kind === 'n' ? String(x % 10) : kind === 'a' ? ALNUM[10 + (x % 26)] : ALNUM[x];
      }
    }
    const compact = country + ibanCheck(country, bban) + bban;
    return { value: grouped ? (compact.match(/.{1,4}/g) as string[]).join(' ') : compact, compact };
  });

const localPart = fc.stringMatching(/^[a-z0-9]{1,10}(?:[._+-][a-z0-9]{1,8})?$/);
const domain = fc.tuple(
  fc.array(fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/), { minLength: 1, maxLength: 3 }),
  fc.constantFrom('com', 'de', 'io', 'co.uk', 'berlin', 'tokyo', 'photography', 'com.br'),
);
const email = fc.tuple(localPart, domain).map(([l, [labels, tld]]) => `${l}@${labels.join('.')}.${tld}`);

describe('properties: generated PII embedded in arbitrary text is always removed', () => {
  it('valid payment cards (Luhn, issuer ranges, usual groupings)', () => {
    fc.assert(
      fc.property(validCard, around, ({ value, digits }, a) => {
        const out = redactText(a.before + a.sepBefore + value + a.sepAfter + a.after).text;
        expect(out).not.toContain(value);
        expect(squeeze(out)).not.toContain(digits);
      }),
      { numRuns: 500 },
    );
  });

  it('valid IBANs (mod-97) of several countries, compact or grouped', () => {
    fc.assert(
      fc.property(validIban, around, ({ value, compact }, a) => {
        const out = redactText(a.before + a.sepBefore + value + a.sepAfter + a.after).text;
        expect(out).not.toContain(value);
        expect(squeeze(out).toUpperCase()).not.toContain(compact);
      }),
      { numRuns: 500 },
    );
  });

  it('e-mail addresses', () => {
    fc.assert(
      fc.property(email, around, (value, a) => {
        const out = redactText(a.before + a.sepBefore + value + a.sepAfter + a.after).text;
        expect(out).not.toContain(value);
      }),
      { numRuns: 500 },
    );
  });
});

/** Fragments that exercise the detectors and their interactions when concatenated. */
const FRAGMENTS = [
  'jane.doe@example.com', '4111 1111 1111 1111', '4111111111111111', 'DE89 3704 0044 0532 0130 00', 'GB82WEST12345698765432',
  '536-22-1187', '666-12-3456', '+1 (415) 555-0132', '020 7946 0958', '0176/8388760', '192.168.1.20', '2001:db8::1', '::1',
  'DOB 1987-03-14', 'Date of birth: ', '14/03/1987', '(DOB)', 'Ship to: ', '12 Main St, Springfield, IL 62704', 'Hauptstraße 5, 10115 Berlin',
  'api_key=', '0f3e5bdc27a76350f9a4aa7e0e68bf8b', 'Bearer ', 'AKIAIOSFODNN7EXAMPLE', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
  'Assigned to: ', 'Jane Doe', ' joined the workspace', "'s profile", ' (Assignee)', 'Owner: ', 'JONAS MÜLLER', '张伟',
  'https://x.io/?q=', '%40', '%2B', '+', '&', '=', ' ', ', ', ': ', '\n', '[EMAIL]', '[PHONE]', '[CUSTOM:x]', '-', '.', '/', '@', '0', '1', '9',
];
const mixed = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 14 })
  .map((xs) => xs.join(''));

describe('properties: idempotency and totality', () => {
  const idempotent = (x: string) => {
    const once = redactText(x).text;
    expect(redactText(once).text).toBe(once);
  };
  it('redactText(redactText(x).text).text === redactText(x).text for arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), idempotent), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), idempotent), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), idempotent), { numRuns: 300 });
  });
  it('… and for concatenations of PII-like fragments', () => {
    fc.assert(fc.property(mixed, idempotent), { numRuns: 1500 });
  });
  it('never throws, always returns a string and integer counts', () => {
    fc.assert(
      fc.property(fc.oneof(mixed, fc.string({ unit: 'binary', maxLength: 120 })), (x) => {
        const r = redactText(x);
        expect(typeof r.text).toBe('string');
        for (const v of Object.values(r.rules)) expect(Number.isInteger(v) && v > 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
