import type { Scope } from './scope-schema';
import { deniedCategory } from './deny-list';
import { originInList } from './origin-match';

export type { Scope } from './scope-schema';

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
