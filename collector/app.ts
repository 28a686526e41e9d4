import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { DEVICE_HEADER, IDEMPOTENCY_HEADER, parseBatchKey } from '../lib/schema/batch';
import { MAX_BODY_BYTES, decodeBatch } from './decode';
import type { Logger } from './log';
import type { BatchStore } from './storage/types';

/**
 * The collector's HTTP surface:
 * - POST /v1/batches: gzip body, `idempotency-key: deviceId:firstSeq-lastSeq`. 201 stored,
 *   200 already stored, 400 malformed (the client quarantines), 413 too large, 503 cannot store.
 * - GET /healthz: 200 when the store can take a write.
 */
export function createApp(store: BatchStore, log: Logger): Hono {
  const app = new Hono();
  app.use('/v1/*', cors({
    origin: '*',
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['content-type', IDEMPOTENCY_HEADER, DEVICE_HEADER, 'x-waypoint-encoding'],
    maxAge: 600,
  }));

  app.get('/healthz', async (c) => ((await store.healthy()) ? c.json({ ok: true }) : c.json({ ok: false }, 503)));

  app.post('/v1/batches', async (c) => {
    const key = c.req.header(IDEMPOTENCY_HEADER) ?? '';
    const parsedKey = parseBatchKey(key);
    if (!parsedKey) return c.json({ error: `missing or malformed ${IDEMPOTENCY_HEADER}; expected deviceId:firstSeq-lastSeq` }, 400);
    if (c.req.header(DEVICE_HEADER) !== parsedKey.deviceId) return c.json({ error: `${DEVICE_HEADER} does not match the idempotency key` }, 400);
    const declared = Number(c.req.header('content-length') ?? '0');
    if (declared > MAX_BODY_BYTES) return c.json({ error: `body larger than ${MAX_BODY_BYTES} bytes` }, 413);
    const body = new Uint8Array(await c.req.arrayBuffer());
    if (body.byteLength > MAX_BODY_BYTES) return c.json({ error: `body larger than ${MAX_BODY_BYTES} bytes` }, 413);
    const decoded = decodeBatch(body);
    if (!decoded.ok) {
      log('batch.rejected', { key, reason: decoded.error.slice(0, 200) });
      return c.json({ error: decoded.error }, 400);
    }
    const b = decoded.batch;
    if (b.deviceId !== parsedKey.deviceId || b.firstSeq !== parsedKey.firstSeq || b.lastSeq !== parsedKey.lastSeq) {
      return c.json({ error: 'batch contents do not match the idempotency key' }, 400);
    }
    const seqs = b.steps.map((s) => s.seq);
    const ordered = seqs.every((s, i) => s >= b.firstSeq && s <= b.lastSeq && (i === 0 || s > seqs[i - 1]!));
    if (!ordered || b.steps.some((s) => s.deviceId !== b.deviceId)) {
      return c.json({ error: 'steps must belong to the device and lie in firstSeq..lastSeq in increasing order' }, 400);
    }
    let result: 'stored' | 'duplicate';
    try {
      result = await store.put({ key, ...parsedKey }, body);
    } catch (e) {
      log('batch.store-failed', { key, error: (e as Error).message });
      return c.json({ error: 'cannot store right now' }, 503);
    }
    log(`batch.${result}`, { key, steps: b.steps.length, bytes: body.byteLength });
    return c.json({ result, key, steps: b.steps.length }, result === 'stored' ? 201 : 200);
  });

  app.notFound((c) => c.json({ error: 'not found' }, 404));
  return app;
}
