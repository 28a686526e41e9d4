/**
 * Checks written in place of regular expressions (for speed) against the expressions they
 * replace, exhaustively on short strings or on seeded random ones.
 */
import { describe, expect, it } from 'vitest';
import { postalBefore } from '../../lib/redact/detectors/address';
import { ibanLength, isIban } from '../../lib/redact/detectors/iban';
import { isIpv6 } from '../../lib/redact/detectors/ip';
import { looksRandom } from '../../lib/redact/detectors/secret';

function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

function randomStrings(alphabet: readonly string[], count: number, maxParts: number, seed: number): string[] {
  const rnd = seeded(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let t = '';
    const n = Math.floor(rnd() * (maxParts + 1));
    for (let k = 0; k < n; k++) t += alphabet[Math.floor(rnd() * alphabet.length)];
    out.push(t);
  }
  return out;
}

describe('in-place checks agree with the regular expressions they replace', () => {
  it('postalBefore: all strings of up to 4 characters over the relevant alphabet', () => {
    const RE = /(?:,\s*|\n\s*|,\s*D-|\s\d{1,5}[a-z]?\s)$/;
    const alphabet = [',', ' ', '\n', '\t', 'D', '-', '1', 'a', 'A', '\u00a0'];
    let words = [''];
    for (let len = 0; len <= 4; len++) {
      for (const w of words) {
        const t = `x${w}12345`;
        expect(postalBefore(t, 1, 1 + w.length)).toBe(RE.test(w));
        expect(postalBefore(t, 0, 1 + w.length)).toBe(RE.test(`x${w}`));
      }
      words = words.flatMap((w) => alphabet.map((c) => w + c));
    }
  });

  it('isIban: the pattern, country length, check digits and mod 97', () => {
    const RE = /^[A-Z]{2}\d{2}[A-Z0-9]+$/;
    const cases = [
      ...randomStrings(['DE', 'GB', 'NO', 'de', '89', '00', '99', '37040044053201300', '0', 'A', 'z', ' ', 'X'], 20000, 6, 3),
      'DE89370400440532013000', 'GB82WEST12345698765432', 'NO9386011117947', 'DE8937040044053201300', 'DE00370400440532013000',
    ];
    // the reference: the pattern, then mod 97 over the rearranged string, letters as 10–35
    const reference = (c: string): boolean => {
      if (!RE.test(c) || ibanLength(c.slice(0, 2)) !== c.length) return false;
      const check = Number(c.slice(2, 4));
      if (check < 2 || check > 98) return false;
      const digits = (c.slice(4) + c.slice(0, 4)).replace(/[A-Z]/g, (l) => String(l.charCodeAt(0) - 55));
      return BigInt(digits) % 97n === 1n;
    };
    let valid = 0;
    for (const c of cases) {
      expect(isIban(c)).toBe(reference(c));
      if (reference(c)) valid++;
    }
    expect(valid).toBeGreaterThan(2);
  });

  it('isIpv6: accepts the RFC 4291 text forms only', () => {
    for (const ok of ['2001:db8::1', '::1', 'fe80::1', '2001:0db8:0000:0000:0000:ff00:0042:8329', '::ffff:192.168.1.1', '1:2:3:4:5:6:7:8']) expect(isIpv6(ok)).toBe(true);
    for (const bad of ['::', '1::2::3', '1:2:3:4:5:6:7', '12345::1', 'g::1', '1:2:3:4:5:6:7:8:9', '::256.1.1.1', 'std::', '08:31:55']) expect(isIpv6(bad)).toBe(false);
  });

  it('looksRandom: one pass agrees with the class, hex and run tests', () => {
    const reference = (v: string, strong: boolean): boolean => {
      const len = v.length;
      if (/^[0-9a-f]+$/i.test(v)) return len >= (strong ? 16 : 24) && /[a-f]/i.test(v) && /\d/.test(v);
      if (len < (strong ? 16 : 20)) return false;
      const upper = (v.match(/[A-Z]/g) ?? []).length;
      const lower = (v.match(/[a-z]/g) ?? []).length;
      const digit = (v.match(/[0-9]/g) ?? []).length;
      const other = len - upper - lower - digit;
      const classes = (upper > 0 ? 1 : 0) + (lower > 0 ? 1 : 0) + (digit > 0 ? 1 : 0);
      if (classes < (strong ? 2 : 3)) return false;
      if (other > len / 4) return false;
      if (digit === 0 && /[a-z]{8,}/.test(v)) return false;
      return true;
    };
    for (const v of randomStrings(['0', '9', 'a', 'f', 'g', 'z', 'A', 'F', 'Q', '.', '/', 'é', 'abcdefgh', 'deadbeef'], 20000, 12, 7)) {
      expect(looksRandom(v, true)).toBe(reference(v, true));
      expect(looksRandom(v, false)).toBe(reference(v, false));
    }
  });
});
