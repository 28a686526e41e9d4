import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type Page, test as base, expect } from '@playwright/test';
import { EXTENSION_ID, launchWithExtension } from '../fixtures/chromium';
import { type RunningCollector, startCollector } from '../../collector/server';
import { exportJsonl } from '../../cli/export';
import type { Status, Step, UploadResult } from '../../lib/schema';
import { serveFixtures } from '../fixtures/serve';

export { EXTENSION_DIR, EXTENSION_ID, launchWithExtension } from '../fixtures/chromium';
export const DEMO_PORT = 5180;
export const COLLECTOR_PORT = 8787;
/** The allowed origin (the build's development config) and a different origin for the same server. */
export const DEMO_URL = `http://localhost:${DEMO_PORT}/`;
export const OTHER_ORIGIN_URL = `http://127.0.0.1:${DEMO_PORT}/`;

interface Fixtures {
  profileDir: string;
  context: BrowserContext;
  collector: RunningCollector;
  popup: Popup;
}

/** The extension's popup page, opened in a tab, driven through its real buttons. */
export class Popup {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext): Promise<Popup> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
    await expect(page.locator('#state')).not.toHaveText('Loading…');
    return new Popup(page);
  }

  status(): Promise<Status> {
    return this.page.evaluate(() => chrome.runtime.sendMessage({ type: 'status/get' }));
  }

  async waitForPending(n: number): Promise<void> {
    await expect.poll(async () => (await this.status()).pending, { message: `waiting for ${n} pending step(s)` }).toBe(n);
  }

  async uploadNow(): Promise<UploadResult> {
    await this.page.bringToFront();
    await this.page.locator('#upload-result').evaluate((el) => { el.textContent = ''; });
    await this.page.getByRole('button', { name: 'Upload now' }).click();
    await expect(this.page.locator('#upload-result')).not.toHaveText(/^$|Uploading…/);
    return this.page.evaluate(() => chrome.runtime.sendMessage({ type: 'status/get' })).then((s: Status) => ({
      ok: s.lastUpload?.ok ?? false, uploaded: s.uploaded, pending: s.pending, detail: s.lastUpload?.detail ?? '',
    }));
  }
}

/** Stops every service worker (the extension's included), as Chrome does after 30 s idle. */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const ours = new Map<string, string>(); // versionId → runningStatus of the extension's worker
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { versionId: string; scriptURL: string; runningStatus: string }[] }) => {
    for (const v of e.versions) if (v.scriptURL.startsWith(`chrome-extension://${EXTENSION_ID}/`)) ours.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => ours.size, { message: "the extension's service worker is not visible over CDP" }).toBeGreaterThan(0);
  await cdp.send('ServiceWorker.stopAllWorkers');
  for (const versionId of ours.keys()) await cdp.send('ServiceWorker.stopWorker', { versionId });
  // proof that the extension's worker really went down, not just that the command was sent
  await expect.poll(() => Array.from(ours.values()), { message: "the extension's service worker did not stop" }).toEqual(Array.from(ours.keys(), () => 'stopped'));
  await cdp.detach();
}

/** Exports what the collector stored and returns the steps, in device/seq order. */
export async function exportedSteps(dataDir: string): Promise<Step[]> {
  const out = await mkdtemp(join(tmpdir(), 'wp-export-'));
  try {
    await exportJsonl(dataDir, out);
    const text = await readFile(join(out, 'steps.jsonl'), 'utf8');
    return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Step);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** Opens a demo page and waits until its load step is stored, i.e. capture is listening. */
export async function openDemo(context: BrowserContext, popup: Popup, url = DEMO_URL): Promise<Page> {
  const before = (await popup.status()).pending;
  const page = await context.newPage();
  await page.goto(url);
  await expect.poll(async () => (await popup.status()).pending, { message: 'waiting for the load step' }).toBeGreaterThan(before);
  return page;
}

export const test = base.extend<Fixtures, { demo: { close(): Promise<void> } }>({
  demo: [async ({}, use) => {
    const server = await serveFixtures({ port: DEMO_PORT });
    await use(server);
    await server.close();
  }, { scope: 'worker', auto: true }],
  profileDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'wp-profile-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  collector: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'wp-collector-'));
    const c = await startCollector({ port: COLLECTOR_PORT, host: '127.0.0.1', dataDir, quiet: true });
    await use(c);
    await c.close();
    await rm(dataDir, { recursive: true, force: true });
  },
  context: async ({ profileDir }, use) => {
    const context = await launchWithExtension(profileDir);
    await use(context);
    await context.close();
  },
  popup: async ({ context }, use) => {
    await use(await Popup.open(context));
  },
});

export { expect };
