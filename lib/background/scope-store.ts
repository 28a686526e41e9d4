import { browser } from 'wxt/browser';
import type { EffectivePolicy } from '../policy/policy';
import { SCOPE_KEY, type Scope } from '../policy/scope';
import { ScopeSchema } from '../policy/scope-schema';

/** The published scope (storage.local), or null when none has been published or it does not parse. */
export async function readScope(): Promise<Scope | null> {
  const got = await browser.storage.local.get(SCOPE_KEY);
  const parsed = ScopeSchema.safeParse(got[SCOPE_KEY]);
  return parsed.success ? parsed.data : null;
}

/** Publishes the effective policy's scope for content scripts, keeping the current pause. */
export async function publishScope(policy: EffectivePolicy): Promise<Scope> {
  const prev = await readScope();
  const scope: Scope = {
    enabled: policy.collectionEnabled,
    allowedOrigins: policy.allowedOrigins,
    blockedOrigins: policy.blockedOrigins,
    pausedUntil: policy.allowPause ? (prev?.pausedUntil ?? null) : null,
    typing: policy.typing,
    privateSelectors: policy.redaction.privateSelectors,
  };
  await browser.storage.local.set({ [SCOPE_KEY]: scope });
  return scope;
}

/** Pauses until the given time (-1: until resumed) or resumes (null). Applies in every tab at once. */
export async function setPause(pausedUntil: number | null): Promise<Scope | null> {
  const prev = await readScope();
  if (!prev) return null;
  const scope = { ...prev, pausedUntil };
  await browser.storage.local.set({ [SCOPE_KEY]: scope });
  return scope;
}
