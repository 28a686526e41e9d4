import { type Batch, DEVICE_HEADER, IDEMPOTENCY_HEADER, batchKey } from '../schema';
import type { DeviceMeta, WaypointDb } from '../outbox/db';
import { readMeta } from '../outbox/append';
import { gzip } from './gzip';

export const BATCH_MAX_STEPS = 500;
const LEASE_MS = 60_000;

export interface UploadOutcome {
  ok: boolean;
  uploaded: number;
  pending: number;
  detail: string;
}

type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

async function takeLease(db: WaypointDb, now: number): Promise<DeviceMeta | null> {
  const tx = db.transaction('meta', 'readwrite');
  const meta = await tx.objectStore('meta').get('device');
  if (!meta || meta.uploadLeaseUntil > now) {
    await tx.done;
    return null;
  }
  await tx.objectStore('meta').put({ ...meta, uploadLeaseUntil: now + LEASE_MS }, 'device');
  await tx.done;
  return meta;
}

async function finish(db: WaypointDb, result: { ok: boolean; detail: string; acked: number }): Promise<void> {
  const tx = db.transaction('meta', 'readwrite', { durability: 'strict' });
  const meta = await tx.objectStore('meta').get('device');
  if (meta) {
    await tx.objectStore('meta').put(
      { ...meta, uploadLeaseUntil: 0, uploaded: meta.uploaded + result.acked, lastUpload: { t: Date.now(), ok: result.ok, detail: result.detail } },
      'device',
    );
  }
  await tx.done;
}

/** Moves the steps of a refused batch aside: kept and counted, not retried forever, never silently lost. */
async function quarantine(db: WaypointDb, first: number, last: number): Promise<void> {
  const tx = db.transaction(['steps', 'quarantine', 'meta'], 'readwrite', { durability: 'strict' });
  const range = IDBKeyRange.bound(first, last);
  const steps = await tx.objectStore('steps').getAll(range);
  for (const s of steps) await tx.objectStore('quarantine').put(s);
  await tx.objectStore('steps').delete(range);
  const meta = await tx.objectStore('meta').get('device');
  if (meta) {
    meta.dropped.quarantined = (meta.dropped.quarantined ?? 0) + steps.length;
    await tx.objectStore('meta').put(meta, 'device');
  }
  await tx.done;
}

/**
 * Uploads the outbox in batches of at most BATCH_MAX_STEPS, oldest first, and deletes a batch
 * only after the collector acknowledged it (2xx). The same batch sent twice carries the same
 * idempotency key, so the collector stores it once. 429, 5xx and network errors leave the
 * steps in place for the next attempt; other 4xx quarantine the batch.
 */
export async function uploadOutbox(db: WaypointDb, collectorUrl: string, fetchFn: FetchLike = fetch): Promise<UploadOutcome> {
  await readMeta(db); // make sure the device exists
  const meta = await takeLease(db, Date.now());
  if (!meta) return { ok: false, uploaded: 0, pending: await db.count('steps'), detail: 'another upload is running' };
  let acked = 0;
  let detail = 'nothing to upload';
  let ok = true;
  try {
    for (;;) {
      const steps = await db.getAll('steps', null, BATCH_MAX_STEPS);
      if (steps.length === 0) break;
      const firstSeq = steps[0]!.seq;
      const lastSeq = steps[steps.length - 1]!.seq;
      const batch: Batch = { v: 1, deviceId: meta.deviceId, firstSeq, lastSeq, createdAt: Date.now(), steps };
      const body = await gzip(new TextEncoder().encode(JSON.stringify(batch)));
      let res: Response;
      try {
        res = await fetchFn(new URL('/v1/batches', collectorUrl).href, {
          method: 'POST',
          headers: {
            'content-type': 'application/octet-stream',
            'x-waypoint-encoding': 'gzip',
            [IDEMPOTENCY_HEADER]: batchKey(meta.deviceId, firstSeq, lastSeq),
            [DEVICE_HEADER]: meta.deviceId,
          },
          body: body as BodyInit,
        });
      } catch (e) {
        ok = false;
        detail = `collector unreachable: ${e instanceof Error ? e.message : String(e)}`;
        break;
      }
      if (res.ok) {
        await db.delete('steps', IDBKeyRange.bound(firstSeq, lastSeq));
        acked += steps.length;
        detail = `uploaded ${acked} step(s)`;
        continue;
      }
      ok = false;
      if (res.status === 429 || res.status >= 500) {
        detail = `collector answered ${res.status}; will retry`;
        break;
      }
      await quarantine(db, firstSeq, lastSeq);
      detail = `collector refused batch ${firstSeq}-${lastSeq} with ${res.status}; quarantined`;
    }
  } finally {
    await finish(db, { ok, detail, acked });
  }
  return { ok, uploaded: acked, pending: await db.count('steps'), detail };
}
