import type { Scope } from '../policy/scope';
import type { Ack } from '../schema/ack';

/**
 * The content script's parsers for the two things it receives: the published scope and the
 * background's acknowledgement. They accept exactly what `ScopeSchema` and `AckSchema` accept
 * and return the same data (a property test, test/unit/content-parse.test.ts, holds them to
 * that), without bundling a schema library into every page: zod/mini alone cost about 5 KB
 * gzipped of the content script's 20 KB budget.
 */

type Obj = Record<string, unknown>;

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

export function parseScope(raw: unknown): Scope | null {
  if (!isObj(raw)) return null;
  const { enabled, allowedOrigins, blockedOrigins, pausedUntil, typing, privateSelectors } = raw;
  if (typeof enabled !== 'boolean' || !isStrings(allowedOrigins) || !isStrings(blockedOrigins)) return null;
  if (pausedUntil !== null && !isNum(pausedUntil)) return null;
  if (typing !== 'none' && typing !== 'length') return null;
  if (!isStrings(privateSelectors)) return null;
  return { enabled, allowedOrigins: [...allowedOrigins], blockedOrigins: [...blockedOrigins], pausedUntil, typing, privateSelectors: [...privateSelectors] };
}

export function parseAck(raw: unknown): Ack | null {
  if (!isObj(raw) || typeof raw.ok !== 'boolean') return null;
  if (raw.reason !== undefined && typeof raw.reason !== 'string') return null;
  return raw.reason === undefined ? { ok: raw.ok } : { ok: raw.ok, reason: raw.reason };
}
