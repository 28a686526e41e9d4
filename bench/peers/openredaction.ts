/** openredaction: OpenRedaction in placeholder mode, default patterns (async API). */
import type { PeerAdapter } from './types';

interface OpenRedactionLike {
  detect(t: string): Promise<{ redacted: string }> | { redacted: string };
}

export const openredaction: PeerAdapter = {
  name: 'openredaction',
  async load() {
    const mod = (await import('openredaction')) as unknown as { OpenRedaction: new (o: Record<string, unknown>) => OpenRedactionLike };
    const r = new mod.OpenRedaction({ redactionMode: 'placeholder' });
    // one call to make sure it works offline
    await r.detect('probe jane@example.com');
    return {
      name: 'openredaction',
      note: "OpenRedaction({ redactionMode: 'placeholder' }), async detect()",
      redact: async (t: string) => (await r.detect(t)).redacted,
    };
  },
};
