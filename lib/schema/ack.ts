import { z } from 'zod/mini';

/**
 * The background's answer to a content message. Defined with zod/mini because the content
 * script parses it: the content bundle must stay small.
 */
export const AckSchema = z.object({ ok: z.boolean(), reason: z.optional(z.string()) });
export type Ack = z.infer<typeof AckSchema>;
