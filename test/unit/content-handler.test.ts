import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage } from '../../lib/background/content-handler';
import { publishScope, setPause } from '../../lib/background/scope-store';
import { readMeta } from '../../lib/outbox/append';
import { type WaypointDb, openWaypointDb } from '../../lib/outbox/db';
import { deniedCategory } from '../../lib/policy/deny-list';
import { devPolicy } from '../../lib/policy/policy';
import { uuidv7 } from '../../lib/schema';

const policy = devPolicy({ WXT_WAYPOINT_ALLOWED_ORIGINS: 'http://localhost:5180,https://mail.google.com' });
const tab = { tabId: 7, incognito: false };
let db: WaypointDb;

function message(origin = 'http://localhost:5180', title = 'Acme') {
  return {
    type: 'step',
    step: {
      id: uuidv7(), t: Date.now(),
      page: { origin, path: '/', title, frame: [] },
      action: { kind: 'click', button: 'left', modifiers: [], count: 1 },
      target: {
        role: 'button', name: 'Message jane.doe@corp.example', tag: 'button', states: {},
        selectors: [{ kind: 'role', value: 'internal:role=button[name="Message jane.doe@corp.example"s]', unique: true }, { kind: 'css', value: 'css=#m', unique: true }],
        shadowPath: [], context: {},
      },
    },
  };
}

beforeEach(async () => {
  fakeBrowser.reset();
  db = await openWaypointDb(`handler-${uuidv7()}`);
});

describe('content messages in the background', () => {
  it('stores an in-scope step redacted, with a report of the rules that fired', async () => {
    await publishScope(policy);
    expect(await handleContentMessage(db, policy, message('http://localhost:5180', 'Inbox – jane.doe@corp.example'), tab)).toEqual({ ok: true });
    const [step] = await db.getAll('steps');
    expect(step!.page.title).toBe('Inbox – [EMAIL]');
    expect(step!.target!.name).toBe('Message [EMAIL]');
    expect(step!.target!.selectors[0]!.value).toBe('internal:role=button[name="Message [EMAIL]"s]');
    expect(step!.redaction.rules.email).toBe(3); // title, name, role selector
    expect(JSON.stringify(step)).not.toContain('jane.doe');
  });

  it('records nothing before the policy has been read (fail closed)', async () => {
    expect(await handleContentMessage(db, policy, message(), tab)).toEqual({ ok: false, reason: 'no-policy' });
    expect(await db.count('steps')).toBe(0);
    expect((await readMeta(db)).dropped).toEqual({ 'no-policy': 1 });
  });

  it('drops and counts steps from origins out of scope, on the deny list, while paused, or in incognito', async () => {
    await publishScope(policy);
    expect(await handleContentMessage(db, policy, message('https://other.example'), tab)).toMatchObject({ reason: 'not-allowed' });
    // allowed by this policy, but webmail is on the fixed deny list that no policy overrides
    expect(await handleContentMessage(db, policy, message('https://mail.google.com'), tab)).toMatchObject({ reason: 'denied-category' });
    expect(await handleContentMessage(db, policy, message(), { tabId: 1, incognito: true })).toMatchObject({ reason: 'incognito' });
    await setPause(Date.now() + 60_000);
    expect(await handleContentMessage(db, policy, message(), tab)).toMatchObject({ reason: 'paused' });
    expect(await db.count('steps')).toBe(0);
    expect((await readMeta(db)).dropped).toEqual({ 'not-allowed': 1, 'denied-category': 1, incognito: 1, paused: 1 });
  });

  it('rejects messages that do not parse, including privileged commands from a content script', async () => {
    await publishScope(policy);
    expect(await handleContentMessage(db, policy, { type: 'upload/now' }, tab)).toMatchObject({ reason: 'invalid-message' });
    expect(await handleContentMessage(db, policy, { type: 'step', step: { id: 'x' } }, tab)).toMatchObject({ reason: 'invalid-message' });
    expect(await db.count('steps')).toBe(0);
  });
});

describe('fixed deny list', () => {
  it('covers webmail, chat, HR, health, banking and password managers, subdomains included', () => {
    expect(deniedCategory('https://mail.google.com')).toBe('webmail');
    expect(deniedCategory('https://acme.slack.com')).toBe('chat');
    expect(deniedCategory('https://wd5.myworkday.com')).toBe('hr');
    expect(deniedCategory('https://www.nhs.uk')).toBe('health');
    expect(deniedCategory('https://www.paypal.com')).toBe('banking');
    expect(deniedCategory('https://vault.bitwarden.com')).toBe('passwords');
    expect(deniedCategory('http://localhost:5180')).toBeNull();
    expect(deniedCategory('https://notslack.com')).toBeNull();
  });
});
