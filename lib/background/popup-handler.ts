import { type PopupMessage, PopupMessageSchema, type Status, type UploadResult } from '../schema';
import { isPaused, decide } from '../policy/scope';
import { readMeta } from '../outbox/append';
import type { WaypointDb } from '../outbox/db';
import { uploadOutbox } from '../upload/upload';
import type { EffectivePolicy } from '../policy/policy';
import { readScope, setPause } from './scope-store';

async function status(db: WaypointDb, policy: EffectivePolicy, origin: string | undefined): Promise<Status> {
  const [meta, pending, scope] = await Promise.all([readMeta(db), db.count('steps'), readScope()]);
  const now = Date.now();
  const paused = scope ? isPaused(scope, now) : false;
  let originAllowed: boolean | null = null;
  if (origin && scope) {
    const d = decide({ ...scope, pausedUntil: null }, origin, now);
    originAllowed = d.record;
  }
  return {
    recording: !!scope && scope.enabled && !paused,
    originAllowed,
    origin: origin ?? null,
    pausedUntil: paused ? scope!.pausedUntil : null,
    pending,
    uploaded: meta.uploaded,
    lastUpload: meta.lastUpload,
    dropped: meta.dropped,
    allowedOrigins: policy.allowedOrigins,
    collectorUrl: policy.collectorUrl,
  };
}

export type PopupReply = Status | UploadResult | { ok: false; error: string };

/** Messages from the popup and other extension pages; the caller has checked the sender. */
export async function handlePopupMessage(db: WaypointDb, policy: EffectivePolicy, raw: unknown): Promise<PopupReply> {
  const parsed = PopupMessageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid message' };
  const msg: PopupMessage = parsed.data;
  switch (msg.type) {
    case 'status/get':
      return status(db, policy, msg.origin);
    case 'pause':
      if (!policy.allowPause) return { ok: false, error: 'pausing is not allowed by policy' };
      await setPause(msg.minutes === null ? -1 : Date.now() + msg.minutes * 60_000);
      return status(db, policy, undefined);
    case 'resume':
      await setPause(null);
      return status(db, policy, undefined);
    case 'upload/now':
      return uploadOutbox(db, policy.collectorUrl);
  }
}
