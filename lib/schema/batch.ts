import { z } from 'zod';
import { StepSchema } from './step';

/** The plaintext of one upload. On the wire it is gzipped (and, from the outbox-hardening work on, sealed). */
export const BatchSchema = z.object({
  v: z.literal(1),
  deviceId: z.string().min(1),
  firstSeq: z.number().int().min(1),
  lastSeq: z.number().int().min(1),
  createdAt: z.number(),
  steps: z.array(StepSchema).min(1),
}).refine((b) => b.firstSeq <= b.lastSeq, { message: 'firstSeq must not exceed lastSeq' });
export type Batch = z.infer<typeof BatchSchema>;

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const DEVICE_HEADER = 'x-waypoint-device';

/** `deviceId:firstSeq-lastSeq`: the same batch twice is stored once. */
export function batchKey(deviceId: string, firstSeq: number, lastSeq: number): string {
  return `${deviceId}:${firstSeq}-${lastSeq}`;
}

const KEY_RE = /^([A-Za-z0-9_-]{1,64}):(\d{1,15})-(\d{1,15})$/;
export function parseBatchKey(key: string): { deviceId: string; firstSeq: number; lastSeq: number } | null {
  const m = KEY_RE.exec(key);
  if (!m) return null;
  const firstSeq = Number(m[2]);
  const lastSeq = Number(m[3]);
  if (firstSeq < 1 || lastSeq < firstSeq) return null;
  return { deviceId: m[1]!, firstSeq, lastSeq };
}
