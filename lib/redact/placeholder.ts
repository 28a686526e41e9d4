/**
 * Placeholders that replace detected values: `[EMAIL]`, `[CUSTOM:<id>]`, or with a keyed
 * pseudonym `[EMAIL:3f9a1c]`: the first 6 hex digits of HMAC-SHA256(key, type + value),
 * so within one trajectory (one key) the same value always gets the same token and different
 * values almost always differ, while the value cannot be recovered without the key.
 */
import { hmacSha256, toHex, utf8 } from './hmac';
import type { EntityType } from './types';

/** Matches any placeholder this module produces (and the fail-closed `[REDACTED]`). */
export const PLACEHOLDER_RE =
  /\[(?:EMAIL|PHONE|CARD|IBAN|SSN|IP|DOB|ADDRESS|SECRET|PERSON|REDACTED|CUSTOM:[A-Za-z0-9][A-Za-z0-9_.-]{0,39})(?::[0-9a-f]{6})?\]/g;

/** Normalises a value so that spellings of the same value share a pseudonym. */
export function normalise(type: EntityType, value: string): string {
  switch (type) {
    case 'EMAIL':
      return value.trim().toLowerCase();
    case 'PHONE': {
      const d = value.replace(/\D/g, '');
      return value.trim().startsWith('+') ? `+${d}` : d;
    }
    case 'CARD':
    case 'SSN':
      return value.replace(/\D/g, '');
    case 'IBAN':
      return value.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
    case 'IP':
      return value.trim().toLowerCase();
    case 'SECRET':
    case 'CUSTOM':
      return value.trim();
    default:
      return value.toLowerCase().replace(/[\s,+_-]+/g, ' ').trim();
  }
}

export type Pseudonymiser = (type: EntityType, label: string, value: string) => string;

export function placeholder(label: string): string {
  return `[${label}]`;
}

/** A pseudonymiser bound to `key` (string keys are used as their UTF-8 bytes). */
export function makePseudonymiser(key: string | Uint8Array): Pseudonymiser {
  const k = typeof key === 'string' ? utf8(key) : key;
  const cache = new Map<string, string>();
  return (type, label, value) => {
    const norm = `${label}\u001f${normalise(type, value)}`;
    let tag = cache.get(norm);
    if (tag === undefined) {
      tag = toHex(hmacSha256(k, utf8(norm))).slice(0, 6);
      if (cache.size < 10000) cache.set(norm, tag);
    }
    return `[${label}:${tag}]`;
  };
}
