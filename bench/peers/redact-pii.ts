/** redact-pii (solvvy): SyncRedactor with its built-in regex rules; Google DLP is not used. */
import type { PeerAdapter } from './types';

export const redactPii: PeerAdapter = {
  name: 'redact-pii',
  async load() {
    const mod = (await import('redact-pii')) as unknown as { SyncRedactor: new () => { redact(t: string): string } };
    const r = new mod.SyncRedactor();
    return { name: 'redact-pii', note: 'SyncRedactor(), built-in rules', redact: (t: string) => r.redact(t) };
  },
};
