import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { batchKey, parseBatchKey } from '../../lib/schema/batch';
import type { BatchStore, StoredBatchInfo } from './types';

/**
 * Filesystem store: `<dir>/batches/<deviceId>/<firstSeq>-<lastSeq>.batch`, written to a
 * temporary file, fsynced and renamed into place, so a batch is either whole or absent.
 * The file is the body exactly as received (gzip; sealed ciphertext once sealing is on).
 */
export class FsBatchStore implements BatchStore {
  constructor(readonly dir: string) {}

  private pathOf(deviceId: string, firstSeq: number, lastSeq: number): string {
    return join(this.dir, 'batches', deviceId, `${firstSeq}-${lastSeq}.batch`);
  }

  async put(info: Omit<StoredBatchInfo, 'bytes' | 'receivedAt'>, body: Uint8Array): Promise<'stored' | 'duplicate'> {
    const final = this.pathOf(info.deviceId, info.firstSeq, info.lastSeq);
    try {
      await stat(final);
      return 'duplicate';
    } catch {
      /* not stored yet */
    }
    await mkdir(join(this.dir, 'batches', info.deviceId), { recursive: true });
    const tmp = `${final}.${randomUUID()}.tmp`;
    const fh = await open(tmp, 'wx', 0o600);
    try {
      await fh.writeFile(body);
      await fh.sync();
    } finally {
      await fh.close();
    }
    try {
      await stat(final);
      await unlink(tmp); // a concurrent request stored the same batch first
      return 'duplicate';
    } catch {
      await rename(tmp, final);
      return 'stored';
    }
  }

  async list(): Promise<StoredBatchInfo[]> {
    const root = join(this.dir, 'batches');
    let devices: string[];
    try {
      devices = await readdir(root);
    } catch {
      return [];
    }
    const out: StoredBatchInfo[] = [];
    for (const deviceId of devices.sort()) {
      for (const f of (await readdir(join(root, deviceId))).filter((n) => n.endsWith('.batch'))) {
        const [first, last] = f.replace('.batch', '').split('-').map(Number);
        const key = batchKey(deviceId, first!, last!);
        if (!parseBatchKey(key)) continue;
        const s = await stat(join(root, deviceId, f));
        out.push({ key, deviceId, firstSeq: first!, lastSeq: last!, bytes: s.size, receivedAt: s.mtimeMs });
      }
    }
    return out.sort((a, b) => a.deviceId.localeCompare(b.deviceId) || a.firstSeq - b.firstSeq);
  }

  async get(key: string): Promise<Uint8Array> {
    const k = parseBatchKey(key);
    if (!k) throw new Error(`not a batch key: ${key}`);
    return new Uint8Array(await readFile(this.pathOf(k.deviceId, k.firstSeq, k.lastSeq)));
  }

  async healthy(): Promise<boolean> {
    try {
      await mkdir(this.dir, { recursive: true });
      const probe = join(this.dir, `.health-${randomUUID()}`);
      const fh = await open(probe, 'wx');
      await fh.close();
      await unlink(probe);
      return true;
    } catch {
      return false;
    }
  }
}
