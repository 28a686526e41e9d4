import { z } from 'zod';
import { CandidateStepSchema } from './step';

/**
 * Content script → background. Deliberately tiny: the content script is unprivileged,
 * so nothing here can change policy, read data or reach the collector.
 */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('step'), step: CandidateStepSchema }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** Popup (and other extension pages) → background. */
export const PopupMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('status/get'), origin: z.string().optional() }),
  z.object({ type: z.literal('pause'), minutes: z.union([z.literal(30), z.literal(60), z.null()]) }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('upload/now') }),
]);
export type PopupMessage = z.infer<typeof PopupMessageSchema>;

export const StatusSchema = z.object({
  /** policy says collect and we are not paused */
  recording: z.boolean(),
  /** null when the current tab's origin is not known; otherwise whether it is in scope */
  originAllowed: z.boolean().nullable(),
  origin: z.string().nullable(),
  /** epoch ms, null when not paused, Infinity is encoded as -1 (until resumed) */
  pausedUntil: z.number().nullable(),
  pending: z.number().int().min(0),
  uploaded: z.number().int().min(0),
  lastUpload: z.object({ t: z.number(), ok: z.boolean(), detail: z.string() }).nullable(),
  /** reason → count of steps that were dropped, so no drop is silent */
  dropped: z.record(z.string(), z.number().int().min(0)),
  allowedOrigins: z.array(z.string()),
  collectorUrl: z.string(),
});
export type Status = z.infer<typeof StatusSchema>;

export const UploadResultSchema = z.object({
  ok: z.boolean(),
  uploaded: z.number().int().min(0),
  pending: z.number().int().min(0),
  detail: z.string(),
});
export type UploadResult = z.infer<typeof UploadResultSchema>;

export { AckSchema, type Ack } from './ack';
