import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAck, parseScope } from '../../lib/content/parse';
import { ScopeSchema } from '../../lib/policy/scope-schema';
import { AckSchema } from '../../lib/schema/ack';

/** Values shaped like a scope, with each field sometimes of the wrong type. */
const maybe = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: fc.anything() });
const scopeLike = fc.record(
  {
    enabled: maybe(fc.boolean()),
    allowedOrigins: maybe(fc.array(fc.oneof(fc.webUrl(), fc.integer()))),
    blockedOrigins: maybe(fc.array(fc.string())),
    pausedUntil: maybe(fc.oneof(fc.constant(null), fc.constant(-1), fc.double(), fc.integer())),
    typing: maybe(fc.constantFrom('none', 'length', 'all', '')),
    privateSelectors: maybe(fc.array(fc.string())),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);
const ackLike = fc.record({ ok: maybe(fc.boolean()), reason: maybe(fc.option(fc.string(), { nil: undefined })), extra: fc.anything() }, { requiredKeys: [] });

describe('content-side parsers accept exactly what the shared schemas accept', () => {
  it('parseScope agrees with ScopeSchema', () => {
    fc.assert(
      fc.property(fc.oneof(scopeLike, fc.anything(), fc.array(fc.anything())), (raw) => {
        const z = ScopeSchema.safeParse(raw);
        const ours = parseScope(raw);
        expect(ours !== null).toBe(z.success);
        if (z.success) expect(ours).toEqual(z.data);
      }),
      { numRuns: 2000 },
    );
  });

  it('parseAck agrees with AckSchema', () => {
    fc.assert(
      fc.property(fc.oneof(ackLike, fc.anything()), (raw) => {
        const z = AckSchema.safeParse(raw);
        const ours = parseAck(raw);
        expect(ours !== null).toBe(z.success);
        if (z.success) expect(ours).toEqual(z.data);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts a real scope and refuses a paused-until of NaN', () => {
    const scope = { enabled: true, allowedOrigins: ['http://localhost:5180'], blockedOrigins: [], pausedUntil: null, typing: 'length', privateSelectors: ['.ssn'] };
    expect(parseScope(scope)).toEqual(scope);
    expect(parseScope({ ...scope, pausedUntil: Number.NaN })).toBeNull();
  });
});
