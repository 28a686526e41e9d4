/**
 * `npm start`: builds nothing itself (npm runs `wxt build` first), then starts the collector
 * with its embedded storage and the demo app, drives the built extension in Chromium through
 * the demo walkthrough, uploads, exports, and prints where everything is.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exportJsonl } from '../cli/export';
import { startCollector } from '../collector/server';
import { type Status, describeStep } from '../lib/schema';
import { walkthrough } from '../test/fixtures/demo/walkthrough';
import { serveFixtures } from '../test/fixtures/serve';
import { CHROMIUM_PATH as CHROMIUM, EXTENSION_DIR, EXTENSION_ID, launchWithExtension } from '../test/fixtures/chromium';

const DATA_DIR = resolve(process.env.WAYPOINT_DATA_DIR ?? '.waypoint-data');
const OUT_DIR = resolve('out/export');
const say = (m: string) => process.stdout.write(`${m}\n`);

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() === 0) {
    say('Chromium is missing: installing Debian\'s chromium with apt-get (about 30 s)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return;
  }
  throw new Error(`no Chromium at ${CHROMIUM}: install it (sudo apt-get install chromium) or set CHROMIUM_PATH`);
}

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('no built extension in .output/chrome-mv3: run `npm run build` first');
  ensureChromium();
  const collector = await startCollector({ port: 8787, host: '127.0.0.1', dataDir: DATA_DIR, quiet: true }).catch((e: NodeJS.ErrnoException) => {
    throw new Error(e.code === 'EADDRINUSE' ? 'port 8787 is in use (is a collector already running?)' : e.message);
  });
  const demo = await serveFixtures({ port: 5180 }).catch((e: NodeJS.ErrnoException) => {
    throw new Error(e.code === 'EADDRINUSE' ? 'port 5180 is in use (is the demo app already running?)' : e.message);
  });
  say(`1/5 collector on ${collector.url}, storing in ${DATA_DIR}`);
  say('2/5 demo app on http://localhost:5180/');

  const headless = !process.env.DISPLAY;
  const profile = await mkdtemp(join(tmpdir(), 'waypoint-demo-profile-'));
  const context = await launchWithExtension(profile, headless);
  try {
    say(`3/5 Chromium with the built extension (${headless ? 'headless: no DISPLAY' : 'in a window'})`);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
    const status = (): Promise<Status> => popup.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Status> } } }).chrome.runtime.sendMessage({ type: 'status/get' }));
    const before = (await status()).pending;
    const page = await context.newPage();
    await page.goto('http://localhost:5180/');
    say('4/5 a scripted user fills an invoice, uses a custom dropdown, "?" and the Ctrl+K palette…');
    await walkthrough(page);
    for (let i = 0; i < 50 && (await status()).pending < before + 21; i++) await page.waitForTimeout(100);
    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Upload now' }).click();
    await popup.locator('#upload-result').filter({ hasText: /uploaded|refused|unreachable|answered/ }).waitFor();
    say(`    popup: ${await popup.locator('#state').textContent()} · ${await popup.locator('#upload-result').textContent()}`);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
  const summary = await exportJsonl(DATA_DIR, OUT_DIR);
  say(`5/5 exported ${summary.steps} step(s) in ${summary.sessions} session(s) from ${summary.batches} batch(es)`);
  if (summary.invalidBatches || summary.invalidSteps) {
    say(`    ${summary.invalidBatches} batch(es) and ${summary.invalidSteps} step(s) in ${DATA_DIR} do not match the current schema (recorded by an older build?) and were not exported`);
  }
  const { readFile } = await import('node:fs/promises');
  const steps = (await readFile(join(OUT_DIR, 'steps.jsonl'), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l));
  say('\nThe latest trajectory:');
  const last = steps.at(-1)?.sessionId;
  for (const s of steps.filter((x) => x.sessionId === last)) say(`  #${s.seq} ${describeStep(s)}`);
  say(`\nRecorded batches (gzip, as uploaded): ${join(DATA_DIR, 'batches')}`);
  say(`Collector log:                       ${join(DATA_DIR, 'collector.log')}`);
  say(`Export (JSONL, one step a line):     ${summary.files[0]}`);
  say(`Sessions and JSON Schema:            ${summary.files.slice(1).join(', ')}`);

  if (process.stdin.isTTY && !process.argv.includes('--once')) {
    say('\nThe collector and the demo app keep running: load .output/chrome-mv3 as an unpacked extension,');
    say('use http://localhost:5180/, then `npm run export -- --out DIR`. Press Ctrl+C to stop.');
    const stop = () => void Promise.all([collector.close(), demo.close()]).then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } else {
    await Promise.all([collector.close(), demo.close()]);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`npm start failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
