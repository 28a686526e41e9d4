import { mkdir, writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { type Step, StepSchema } from '../lib/schema/step';
import { decodeBatch } from '../collector/decode';
import { FsBatchStore } from '../collector/storage/fs';

export interface ExportSummary {
  batches: number;
  steps: number;
  duplicates: number;
  invalidBatches: number;
  invalidSteps: number;
  sessions: number;
  files: string[];
}

async function writeAtomic(path: string, data: string): Promise<void> {
  const tmp = `${path}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

/**
 * Writes every stored step as JSONL (one step a line, ordered by device and seq, each validated
 * against the Step schema), a per-session summary and the Step JSON Schema. A step stored twice
 * (overlapping batches) is written once.
 */
export async function exportJsonl(dataDir: string, outDir: string, progress: (msg: string) => void = () => {}): Promise<ExportSummary> {
  const store = new FsBatchStore(dataDir);
  const batches = await store.list();
  const byKey = new Map<string, Step>();
  let duplicates = 0;
  let invalidBatches = 0;
  let invalidSteps = 0;
  for (const [i, info] of batches.entries()) {
    const decoded = decodeBatch(await store.get(info.key));
    if (!decoded.ok) {
      invalidBatches += 1;
      progress(`batch ${info.key} skipped: ${decoded.error}`);
      continue;
    }
    for (const raw of decoded.batch.steps) {
      const parsed = StepSchema.safeParse(raw);
      if (!parsed.success) {
        invalidSteps += 1;
        continue;
      }
      const k = `${parsed.data.deviceId}:${parsed.data.seq}`;
      if (byKey.has(k)) duplicates += 1;
      else byKey.set(k, parsed.data);
    }
    if ((i + 1) % 100 === 0 || i + 1 === batches.length) progress(`read ${i + 1}/${batches.length} batches`);
  }
  const steps = Array.from(byKey.values()).sort((a, b) => a.deviceId.localeCompare(b.deviceId) || a.seq - b.seq);
  const sessions = new Map<string, { sessionId: string; deviceId: string; origin: string; steps: number; start: number; end: number }>();
  for (const s of steps) {
    const cur = sessions.get(s.sessionId);
    if (cur) {
      cur.steps += 1;
      cur.end = Math.max(cur.end, s.t);
    } else sessions.set(s.sessionId, { sessionId: s.sessionId, deviceId: s.deviceId, origin: s.page.origin, steps: 1, start: s.t, end: s.t });
  }
  await mkdir(outDir, { recursive: true });
  const files = [join(outDir, 'steps.jsonl'), join(outDir, 'sessions.json'), join(outDir, 'step.schema.json')];
  await writeAtomic(files[0]!, steps.map((s) => JSON.stringify(s)).join('\n') + (steps.length ? '\n' : ''));
  await writeAtomic(files[1]!, `${JSON.stringify(Array.from(sessions.values()), null, 2)}\n`);
  await writeAtomic(files[2]!, `${JSON.stringify(z.toJSONSchema(StepSchema), null, 2)}\n`);
  return { batches: batches.length, steps: steps.length, duplicates, invalidBatches, invalidSteps, sessions: sessions.size, files };
}
