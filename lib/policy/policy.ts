import { z } from 'zod';

/**
 * The effective policy the background works from. Managed policy (storage.managed) will
 * feed this; until then it comes from the build's development configuration.
 */
export const EffectivePolicySchema = z.object({
  collectionEnabled: z.boolean(),
  collectorUrl: z.string().url(),
  allowedOrigins: z.array(z.string()),
  blockedOrigins: z.array(z.string()),
  /** typed text: 'none' records nothing about it, 'length' its length only */
  typing: z.enum(['none', 'length']),
  uploadIntervalMinutes: z.number().min(0.5),
  allowPause: z.boolean(),
  contact: z.string(),
  retentionDays: z.number().int().min(1),
  redaction: z.object({
    /** extra text patterns to redact, e.g. internal ticket or employee numbers */
    customPatterns: z.array(z.object({ id: z.string().regex(/^[a-z0-9_-]{1,32}$/i), pattern: z.string().min(1).max(500), flags: z.string().optional() })),
    /** CSS selectors of fields whose input is private: not even the length is recorded */
    privateSelectors: z.array(z.string()),
  }),
});
export type EffectivePolicy = z.infer<typeof EffectivePolicySchema>;

export interface DevConfigEnv {
  WXT_WAYPOINT_COLLECTOR_URL?: string;
  WXT_WAYPOINT_ALLOWED_ORIGINS?: string;
}

export const DEFAULT_COLLECTOR_URL = 'http://127.0.0.1:8787';
/** The demo app, and the same fixtures on a second port to test cross-origin frames. */
export const DEFAULT_DEMO_ORIGIN = 'http://localhost:5180,http://localhost:5181';

/** The development configuration baked in at build time (see README: "Configuration"). */
export function devPolicy(env: DevConfigEnv): EffectivePolicy {
  const origins = (env.WXT_WAYPOINT_ALLOWED_ORIGINS ?? DEFAULT_DEMO_ORIGIN)
    .split(',').map((s) => s.trim()).filter(Boolean);
  return EffectivePolicySchema.parse({
    collectionEnabled: true,
    collectorUrl: env.WXT_WAYPOINT_COLLECTOR_URL || DEFAULT_COLLECTOR_URL,
    allowedOrigins: origins,
    blockedOrigins: [],
    typing: 'length',
    uploadIntervalMinutes: 1,
    allowPause: true,
    contact: 'privacy@example.com',
    retentionDays: 30,
    redaction: { customPatterns: [], privateSelectors: [] },
  });
}
