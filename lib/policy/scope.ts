import { z } from 'zod/mini';
import { deniedCategory } from './deny-list';
import { originInList } from './origin-match';

/**
 * What the content script needs to decide whether to record, published by the background
 * in storage.local under SCOPE_KEY. Holds no secrets. Absent means "policy not read yet":
 * nothing is recorded. Defined with zod/mini: the content script parses it.
 */
export const ScopeSchema = z.object({
  enabled: z.boolean(),
  allowedOrigins: z.array(z.string()),
  blockedOrigins: z.array(z.string()),
  /** epoch ms until which recording is paused; -1 = until resumed; null = not paused */
  pausedUntil: z.nullable(z.number()),
  typing: z.enum(['none', 'length']),
  /** CSS selectors of private fields (policy `redaction.privateSelectors`) */
  privateSelectors: z.array(z.string()),
});
export type Scope = z.infer<typeof ScopeSchema>;

export const SCOPE_KEY = 'waypoint.scope';

export function isPaused(scope: Pick<Scope, 'pausedUntil'>, now: number): boolean {
  return scope.pausedUntil !== null && (scope.pausedUntil === -1 || now < scope.pausedUntil);
}

export type ScopeDecision = { record: true } | { record: false; reason: 'disabled' | 'paused' | 'not-allowed' | 'blocked' | 'denied-category' };

export function decide(scope: Scope, origin: string, now: number): ScopeDecision {
  if (!scope.enabled) return { record: false, reason: 'disabled' };
  if (deniedCategory(origin)) return { record: false, reason: 'denied-category' };
  if (originInList(origin, scope.blockedOrigins)) return { record: false, reason: 'blocked' };
  if (!originInList(origin, scope.allowedOrigins)) return { record: false, reason: 'not-allowed' };
  if (isPaused(scope, now)) return { record: false, reason: 'paused' };
  return { record: true };
}
