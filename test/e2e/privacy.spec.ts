import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJsonl } from '../../cli/export';
import { type Typed, walkthrough } from '../fixtures/demo/walkthrough';
import { isBrowserOwned, scanForSecrets } from './disk-scan';
import { expect, openDemo, test } from './harness';

test('the typed text appears nowhere in the collector data, its log, the export or the browser profile', async ({ context, popup, collector, profileDir }) => {
  const stamp = Date.now().toString(36);
  const typed: Typed = {
    customer: `Zyxcanary Customer ${stamp}`,
    email: `zyx.canary.${stamp}@canary-mail.test`,
    notes: `canarynote-${stamp}-deliver-quietly`,
    pin: `77${stamp.length}4419${stamp.slice(-3)}`,
  };
  const page = await openDemo(context, popup);
  await walkthrough(page, typed);
  await expect.poll(async () => (await popup.status()).pending).toBeGreaterThanOrEqual(20);
  expect((await popup.uploadNow()).ok).toBe(true);
  const out = await mkdtemp(join(tmpdir(), 'wp-export-'));
  const summary = await exportJsonl(collector.dataDir, out);
  expect(summary.steps).toBeGreaterThanOrEqual(20);
  await context.close(); // flush the profile to disk
  const findings = await scanForSecrets([collector.dataDir, out, profileDir], Object.values(typed));
  // control: the scan does see into the stored (gzipped) batches and the export
  const control = await scanForSecrets([collector.dataDir, out], ['Send me a copy']);
  expect(control.map((f) => f.encoding)).toEqual(expect.arrayContaining(['utf8 (gunzipped)', 'utf8']));
  await rm(out, { recursive: true, force: true });
  // Chromium itself keeps typed form text for autofill ("Web Data") and for restoring tabs
  // ("Sessions/"): that is the browser's own behaviour, which admins switch off by policy
  // (AutofillAddressEnabled, RestoreOnStartup). Everything else in the profile (the
  // extension's IndexedDB, storage, service-worker caches, logs) must hold none of it.
  expect(findings.filter((f) => !isBrowserOwned(profileDir, f.file))).toEqual([]);
});
