import { z } from 'zod/mini';

/**
 * What the content script needs to decide whether to record, published by the background
 * in storage.local under SCOPE_KEY. Holds no secrets. Absent means "policy not read yet":
 * nothing is recorded. The background validates it with this schema; the content script, to stay small, with
 * `parseScope` (lib/content/parse.ts), which a property test keeps equal to it.
 */
export const ScopeSchema = z.object({
  enabled: z.boolean(),
  allowedOrigins: z.array(z.string()),
  blockedOrigins: z.array(z.string()),
  /** epoch ms until which recording is paused; -1 = until resumed; null = not paused */
  pausedUntil: z.nullable(z.number()),
  typing: z.enum(['none', 'length']),
  /** CSS selectors of private fields (policy `redaction.privateSelectors`) */
  privateSelectors: z.array(z.string()),
});
export type Scope = z.infer<typeof ScopeSchema>;

