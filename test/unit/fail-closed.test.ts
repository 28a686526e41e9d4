import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('../../lib/redact/step', () => ({
  redactStep: () => {
    throw new Error('redactor failed to load');
  },
}));

const { handleContentMessage } = await import('../../lib/background/content-handler');
const { publishScope } = await import('../../lib/background/scope-store');
const { openWaypointDb } = await import('../../lib/outbox/db');
const { readMeta } = await import('../../lib/outbox/append');
const { devPolicy } = await import('../../lib/policy/policy');
const { uuidv7 } = await import('../../lib/schema');

describe('fail closed', () => {
  it('drops and counts a step when the redactor throws, and stores nothing raw', async () => {
    fakeBrowser.reset();
    const policy = devPolicy({});
    await publishScope(policy);
    const db = await openWaypointDb(`failclosed-${uuidv7()}`);
    const ack = await handleContentMessage(db, policy, {
      type: 'step',
      step: { id: uuidv7(), t: Date.now(), page: { origin: 'http://localhost:5180', path: '/', title: 'Inbox – jane@corp.example', frame: [] }, action: { kind: 'submit' } },
    }, { tabId: 1, incognito: false });
    expect(ack).toEqual({ ok: false, reason: 'redactor-failed' });
    expect(await db.count('steps')).toBe(0);
    expect((await readMeta(db)).dropped).toEqual({ 'redactor-failed': 1 });
  });
});
