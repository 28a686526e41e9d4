import { gunzipSync } from 'node:zlib';
import { type Batch, BatchSchema } from '../lib/schema/batch';

export const MAX_BODY_BYTES = 8 * 1024 * 1024;
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

export type Decoded = { ok: true; batch: Batch } | { ok: false; error: string };

/** gunzip + JSON + schema check of a stored or received batch body. */
export function decodeBatch(body: Uint8Array): Decoded {
  let text: string;
  try {
    text = gunzipSync(body, { maxOutputLength: MAX_INFLATED_BYTES }).toString('utf8');
  } catch (e) {
    return { ok: false, error: `body is not gzip: ${(e as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'body is not JSON' };
  }
  const parsed = BatchSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: `batch does not match the schema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
  return { ok: true, batch: parsed.data };
}
