import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BatchSchema, CandidateStepSchema, ContentMessageSchema, PopupMessageSchema, StepSchema, batchKey, parseBatchKey, uuidv7 } from '../../lib/schema';

export const sampleTarget = {
  role: 'button',
  name: 'Save invoice',
  tag: 'button',
  states: {},
  selectors: [
    { kind: 'role' as const, value: 'internal:role=button[name="Save invoice"s]', unique: true },
    { kind: 'css' as const, value: 'css=#save', unique: true },
  ],
  shadowPath: [],
  context: { form: { role: 'form', name: 'New invoice' } },
};

export function sampleCandidate(over: Record<string, unknown> = {}) {
  return {
    id: uuidv7(),
    t: 1_700_000_000_000,
    page: { origin: 'http://localhost:5180', path: '/', title: 'Acme', frame: [] },
    action: { kind: 'click', button: 'left', modifiers: [], count: 1 },
    target: sampleTarget,
    ...over,
  };
}

describe('step schema', () => {
  it('accepts a complete step and rejects one without identity', () => {
    const step = { ...sampleCandidate(), v: 1, deviceId: 'dev1', seq: 1, sessionId: 's1', redaction: { rules: {} } };
    expect(StepSchema.safeParse(step).success).toBe(true);
    expect(StepSchema.safeParse({ ...step, seq: 0 }).success).toBe(false);
    expect(StepSchema.safeParse({ ...step, deviceId: undefined }).success).toBe(false);
  });

  it('rejects unknown action kinds and a target with no selector', () => {
    expect(CandidateStepSchema.safeParse(sampleCandidate({ action: { kind: 'hover' } })).success).toBe(false);
    expect(CandidateStepSchema.safeParse(sampleCandidate({ target: { ...sampleTarget, selectors: [] } })).success).toBe(false);
  });

  it('describes a select with the option label', () => {
    const c = sampleCandidate({ action: { kind: 'select', option: { label: 'Canada', index: 3 }, multi: false, widget: 'native' } });
    const parsed = CandidateStepSchema.parse(c);
    expect(parsed.action.kind === 'select' && parsed.action.option.label).toBe('Canada');
  });

  it('generates a JSON Schema for Step', () => {
    const js = z.toJSONSchema(StepSchema) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(js.properties)).toEqual(expect.arrayContaining(['id', 'seq', 'deviceId', 'sessionId', 'action', 'target', 'page', 'redaction']));
    expect(js.required).toEqual(expect.arrayContaining(['seq', 'action', 'page']));
  });
});

describe('messages', () => {
  it('content messages carry only candidate steps', () => {
    expect(ContentMessageSchema.safeParse({ type: 'step', step: sampleCandidate() }).success).toBe(true);
    expect(ContentMessageSchema.safeParse({ type: 'pause', minutes: 30 }).success).toBe(false);
    expect(ContentMessageSchema.safeParse({ type: 'upload/now' }).success).toBe(false);
  });
  it('popup messages are a closed set', () => {
    expect(PopupMessageSchema.safeParse({ type: 'pause', minutes: 30 }).success).toBe(true);
    expect(PopupMessageSchema.safeParse({ type: 'pause', minutes: 5 }).success).toBe(false);
  });
});

describe('batch', () => {
  it('keys a batch by device and seq range and parses it back', () => {
    const key = batchKey('0190-abc', 3, 9);
    expect(key).toBe('0190-abc:3-9');
    expect(parseBatchKey(key)).toEqual({ deviceId: '0190-abc', firstSeq: 3, lastSeq: 9 });
    expect(parseBatchKey('../etc:1-2')).toBeNull();
    expect(parseBatchKey('dev:5-2')).toBeNull();
  });
  it('rejects a batch whose range is inverted', () => {
    const step = { ...sampleCandidate(), v: 1, deviceId: 'd', seq: 1, sessionId: 's', redaction: { rules: {} } };
    expect(BatchSchema.safeParse({ v: 1, deviceId: 'd', firstSeq: 1, lastSeq: 1, createdAt: 1, steps: [step] }).success).toBe(true);
    expect(BatchSchema.safeParse({ v: 1, deviceId: 'd', firstSeq: 2, lastSeq: 1, createdAt: 1, steps: [step] }).success).toBe(false);
  });
});

describe('uuidv7', () => {
  it('is a version-7 UUID that sorts by time', () => {
    const a = uuidv7(1000);
    const b = uuidv7(2000);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a < b).toBe(true);
  });
});
