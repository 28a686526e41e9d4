/** @redactpii/node: Redactor with its default rules (names, e-mail, phone, card, SSN). */
import type { PeerAdapter } from './types';

export const redactpiiNode: PeerAdapter = {
  name: '@redactpii/node',
  async load() {
    const mod = (await import('@redactpii/node')) as unknown as { Redactor: new () => { redact(t: string): string } };
    const r = new mod.Redactor();
    return { name: '@redactpii/node', note: 'new Redactor(), default rules', redact: (t: string) => r.redact(t) };
  },
};
