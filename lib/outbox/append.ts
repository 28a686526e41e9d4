import { type CandidateStep, type Step, uuidv7 } from '../schema';
import { type DeviceMeta, type WaypointDb, freshMeta } from './db';

/** A trajectory ends after this much idle time in a tab, or when the tab moves to another origin. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;

export type AppendResult = { stored: true; seq: number } | { stored: false; duplicate: true; seq: number };

async function metaIn(tx: { objectStore(n: 'meta'): { get(k: 'device'): Promise<DeviceMeta | undefined> } }): Promise<DeviceMeta> {
  return (await tx.objectStore('meta').get('device')) ?? freshMeta(uuidv7());
}

/**
 * Stores one redacted step: assigns the device's next seq and the tab's session in the same
 * strict-durability transaction, so the step is on disk before the caller acknowledges it. A
 * step whose id is already stored (a retried message) is not stored twice.
 */
export async function appendStep(
  db: WaypointDb,
  candidate: CandidateStep,
  tabId: number,
  redaction: Step['redaction'],
): Promise<AppendResult> {
  const tx = db.transaction(['steps', 'meta', 'sessions'], 'readwrite', { durability: 'strict' });
  const existing = await tx.objectStore('steps').index('byId').getKey(candidate.id);
  if (existing !== undefined) {
    await tx.done;
    return { stored: false, duplicate: true, seq: existing };
  }
  const meta = await metaIn(tx);
  const sessions = tx.objectStore('sessions');
  const prev = await sessions.get(tabId);
  const sameSession = prev && prev.origin === candidate.page.origin && candidate.t - prev.lastT < SESSION_IDLE_MS;
  const sessionId = sameSession ? prev.sessionId : uuidv7(candidate.t);
  await sessions.put({ tabId, sessionId, origin: candidate.page.origin, lastT: Math.max(candidate.t, prev?.lastT ?? 0) });
  const seq = meta.nextSeq;
  const step: Step = { ...candidate, v: 1, deviceId: meta.deviceId, seq, sessionId, redaction };
  await tx.objectStore('steps').add(step);
  await tx.objectStore('meta').put({ ...meta, nextSeq: seq + 1 }, 'device');
  await tx.done;
  return { stored: true, seq };
}

/** Counts a step that was not stored, by reason; every drop is visible in the popup. */
export async function countDrop(db: WaypointDb, reason: string): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  const meta = await metaIn(tx);
  meta.dropped[reason] = (meta.dropped[reason] ?? 0) + 1;
  await tx.objectStore('meta').put(meta, 'device');
  await tx.done;
}

export async function readMeta(db: WaypointDb): Promise<DeviceMeta> {
  const tx = db.transaction('meta', 'readwrite');
  const existing = await tx.objectStore('meta').get('device');
  const meta = existing ?? freshMeta(uuidv7());
  if (!existing) await tx.objectStore('meta').put(meta, 'device');
  await tx.done;
  return meta;
}

export async function pendingCount(db: WaypointDb): Promise<number> {
  return db.count('steps');
}
