import { beforeEach, describe, expect, it } from 'vitest';
import { appendStep, countDrop, readMeta, SESSION_IDLE_MS } from '../../lib/outbox/append';
import { openWaypointDb, type WaypointDb } from '../../lib/outbox/db';
import { uploadOutbox } from '../../lib/upload/upload';
import { type Batch, type CandidateStep, CandidateStepSchema, uuidv7 } from '../../lib/schema';
import { gunzipSync } from 'node:zlib';

let db: WaypointDb;
let n = 0;

function candidate(over: Partial<CandidateStep> = {}): CandidateStep {
  return CandidateStepSchema.parse({
    id: uuidv7(),
    t: 1_700_000_000_000 + n++,
    page: { origin: 'http://localhost:5180', path: '/', title: 'Acme', frame: [] },
    action: { kind: 'submit' },
    ...over,
  });
}

beforeEach(async () => {
  db = await openWaypointDb(`test-${uuidv7()}`);
});

describe('outbox append', () => {
  it('assigns strictly increasing seq from 1 and one device id', async () => {
    for (let i = 0; i < 5; i++) await appendStep(db, candidate(), 1, { rules: {} });
    const steps = await db.getAll('steps');
    expect(steps.map((s) => s.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(steps.map((s) => s.deviceId)).size).toBe(1);
    expect((await readMeta(db)).nextSeq).toBe(6);
  });

  it('keeps seq order under concurrent appends', async () => {
    await Promise.all(Array.from({ length: 20 }, () => appendStep(db, candidate(), 1, { rules: {} })));
    const seqs = (await db.getAll('steps')).map((s) => s.seq);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('stores a retried step (same id) once', async () => {
    const c = candidate();
    const a = await appendStep(db, c, 1, { rules: {} });
    const b = await appendStep(db, c, 1, { rules: {} });
    expect(a).toEqual({ stored: true, seq: 1 });
    expect(b).toEqual({ stored: false, duplicate: true, seq: 1 });
    expect(await db.count('steps')).toBe(1);
  });

  it('survives reopening the database (a service-worker restart)', async () => {
    const name = `test-${uuidv7()}`;
    const first = await openWaypointDb(name);
    await appendStep(first, candidate(), 1, { rules: {} });
    first.close();
    const second = await openWaypointDb(name);
    await appendStep(second, candidate(), 1, { rules: {} });
    expect((await second.getAll('steps')).map((s) => s.seq)).toEqual([1, 2]);
  });

  it('starts a new session on another origin, in another tab, or after idle time', async () => {
    await appendStep(db, candidate({ t: 1000 }), 1, { rules: {} });
    await appendStep(db, candidate({ t: 2000 }), 1, { rules: {} });
    await appendStep(db, candidate({ t: 3000 }), 2, { rules: {} });
    await appendStep(db, candidate({ t: 4000 + SESSION_IDLE_MS }), 1, { rules: {} });
    await appendStep(db, candidate({ t: 5000 + SESSION_IDLE_MS, page: { origin: 'http://other:1', path: '/', title: '', frame: [] } }), 1, { rules: {} });
    const s = (await db.getAll('steps')).map((x) => x.sessionId);
    expect(s[0]).toBe(s[1]);
    expect(new Set(s).size).toBe(4);
  });

  it('counts drops by reason', async () => {
    await countDrop(db, 'paused');
    await countDrop(db, 'paused');
    expect((await readMeta(db)).dropped).toEqual({ paused: 2 });
  });
});

describe('upload', () => {
  type Call = { url: string; headers: Record<string, string>; batch: Batch };
  const fakeCollector = (statuses: number[]) => {
    const calls: Call[] = [];
    const fetchFn = async (url: string, init: RequestInit) => {
      const batch = JSON.parse(gunzipSync(init.body as Uint8Array).toString()) as Batch;
      calls.push({ url, headers: init.headers as Record<string, string>, batch });
      return new Response('{}', { status: statuses.shift() ?? 201 });
    };
    return { calls, fetchFn };
  };

  it('sends the oldest steps with an idempotency key and deletes only what was acknowledged', async () => {
    for (let i = 0; i < 3; i++) await appendStep(db, candidate(), 1, { rules: {} });
    const { calls, fetchFn } = fakeCollector([201]);
    const out = await uploadOutbox(db, 'http://127.0.0.1:8787', fetchFn);
    expect(out).toMatchObject({ ok: true, uploaded: 3, pending: 0 });
    expect(calls).toHaveLength(1);
    const deviceId = (await readMeta(db)).deviceId;
    expect(calls[0]!.url).toBe('http://127.0.0.1:8787/v1/batches');
    expect(calls[0]!.headers['idempotency-key']).toBe(`${deviceId}:1-3`);
    expect(calls[0]!.batch.steps.map((s) => s.seq)).toEqual([1, 2, 3]);
  });

  it('keeps everything on 503 and on network errors, and retries with the same key', async () => {
    for (let i = 0; i < 2; i++) await appendStep(db, candidate(), 1, { rules: {} });
    const { calls, fetchFn } = fakeCollector([503, 201]);
    expect(await uploadOutbox(db, 'http://c', fetchFn)).toMatchObject({ ok: false, pending: 2 });
    const down = await uploadOutbox(db, 'http://c', async () => { throw new TypeError('Failed to fetch'); });
    expect(down).toMatchObject({ ok: false, pending: 2 });
    expect(down.detail).toMatch(/unreachable/);
    expect(await uploadOutbox(db, 'http://c', fetchFn)).toMatchObject({ ok: true, pending: 0 });
    expect(calls[0]!.headers['idempotency-key']).toBe(calls[1]!.headers['idempotency-key']);
  });

  it('quarantines a batch refused with 400 instead of retrying it forever, and counts it', async () => {
    await appendStep(db, candidate(), 1, { rules: {} });
    const { fetchFn } = fakeCollector([400]);
    const out = await uploadOutbox(db, 'http://c', fetchFn);
    expect(out.ok).toBe(false);
    expect(await db.count('steps')).toBe(0);
    expect(await db.count('quarantine')).toBe(1);
    expect((await readMeta(db)).dropped.quarantined).toBe(1);
  });

  it('never runs two uploads at once', async () => {
    await appendStep(db, candidate(), 1, { rules: {} });
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const slow = async () => { await gate; return new Response('{}', { status: 201 }); };
    const first = uploadOutbox(db, 'http://c', slow);
    await new Promise((r) => setTimeout(r, 20));
    const second = await uploadOutbox(db, 'http://c', slow);
    expect(second.detail).toMatch(/another upload/);
    release();
    expect((await first).uploaded).toBe(1);
  });
});
