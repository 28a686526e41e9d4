import type { Ack } from '../schema';
import { ContentMessageSchema } from '../schema';
import { decide } from '../policy/scope';
import { appendStep, countDrop } from '../outbox/append';
import type { WaypointDb } from '../outbox/db';
import { redactStep } from '../redact/step';
import type { EffectivePolicy } from '../policy/policy';
import { readScope } from './scope-store';

export interface SenderInfo {
  tabId: number | undefined;
  incognito: boolean;
}

/**
 * A message from a content script: parsed, checked against scope again (the content script is
 * not trusted to have done so), redacted, then stored before it is acknowledged. Anything that
 * fails is dropped and counted, never stored raw (fail closed).
 */
export async function handleContentMessage(db: WaypointDb, policy: EffectivePolicy, raw: unknown, sender: SenderInfo): Promise<Ack> {
  const parsed = ContentMessageSchema.safeParse(raw);
  if (!parsed.success) {
    await countDrop(db, 'invalid-message');
    return { ok: false, reason: 'invalid-message' };
  }
  if (sender.incognito) {
    await countDrop(db, 'incognito');
    return { ok: false, reason: 'incognito' };
  }
  const candidate = parsed.data.step;
  const scope = await readScope();
  if (!scope) {
    await countDrop(db, 'no-policy');
    return { ok: false, reason: 'no-policy' };
  }
  const decision = decide(scope, candidate.page.origin, Date.now());
  if (!decision.record) {
    await countDrop(db, decision.reason);
    return { ok: false, reason: decision.reason };
  }
  let redacted: ReturnType<typeof redactStep>;
  try {
    redacted = redactStep(candidate, { customPatterns: policy.redaction.customPatterns });
  } catch {
    await countDrop(db, 'redactor-failed');
    return { ok: false, reason: 'redactor-failed' };
  }
  await appendStep(db, redacted.step, sender.tabId ?? -1, { rules: redacted.rules });
  return { ok: true };
}
