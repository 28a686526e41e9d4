import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJsonl } from '../../cli/export';
import { isBrowserOwned, scanForSecrets } from './disk-scan';
import { expect, exportedSteps, openDemo, test } from './harness';

/** A Luhn-valid 16-digit card number with random digits, so it occurs nowhere by chance. */
function canaryCard(): string {
  const digits = [4, ...Array.from({ length: 14 }, () => Math.floor(Math.random() * 10))];
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    let d = digits[14 - i]!;
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  digits.push((10 - (sum % 10)) % 10);
  return digits.join('').replace(/(\d{4})(?=\d)/g, '$1 ');
}

test('canaries typed into forms and shown in names, titles and URLs are found nowhere on disk', async ({ context, popup, collector, profileDir }) => {
  const id = Date.now().toString(36);
  const typed = {
    card: canaryCard(),
    email: `typed.${id}@canary-mail.test`,
    password: `Pw-${id}-Zq9!`,
    otp: `${Math.floor(100000 + Math.random() * 899999)}`,
    free: `canary free text ${id} about the merger`,
  };
  const shown = { email: `shown.${id}@canary-mail.test`, card: canaryCard(), titleEmail: `title.${id}@canary-mail.test`, urlEmail: `url.${id}@canary-mail.test` };

  const page = await openDemo(context, popup, `http://localhost:5180/?contact=${encodeURIComponent(shown.urlEmail)}#token=${id}`);
  // typed into the demo's form fields
  await page.getByLabel('Customer name').fill(typed.free);
  await page.getByLabel('Email').click();
  await page.keyboard.type(typed.email);
  await page.getByLabel('Card number').click();
  await page.keyboard.type(typed.card);
  await page.getByLabel('Approval code').click();
  await page.keyboard.type(typed.otp);
  await page.getByLabel('Notes').click();
  await page.keyboard.type(typed.password);
  // personal data the app itself shows in accessible names, option labels and the title
  await page.evaluate((s) => {
    document.title = `Inbox – ${s.titleEmail}`;
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = `Message ${s.email}`;
    document.querySelector('main')!.prepend(b);
    const o = document.createElement('option');
    o.textContent = `Pay with ${s.card}`;
    document.getElementById('country')!.append(o);
  }, shown);
  await page.getByRole('button', { name: `Message ${shown.email}` }).click();
  await page.getByLabel('Country').selectOption({ label: `Pay with ${shown.card}` });
  await page.getByRole('button', { name: 'Save invoice' }).click();
  await expect.poll(async () => (await popup.status()).pending).toBeGreaterThanOrEqual(12);
  expect((await popup.uploadNow()).ok).toBe(true);

  const steps = await exportedSteps(collector.dataDir);
  const message = steps.find((s) => s.target?.name.startsWith('Message'))!;
  expect(message.target!.name).toBe('Message [EMAIL]');
  expect(message.page.title).toBe('Inbox – [EMAIL]');
  expect(message.redaction.rules).toMatchObject({ email: expect.any(Number) });
  const select = steps.find((s) => s.action.kind === 'select')!;
  expect(select.action.kind === 'select' && select.action.option.label).toBe('Pay with [CARD]');
  const privateInputs = steps.filter((s) => s.action.kind === 'input' && s.action.private);
  expect(privateInputs.map((s) => s.target!.name).sort()).toEqual(['Approval code', 'Card number']);
  expect(privateInputs.every((s) => s.action.kind === 'input' && s.action.length === 0)).toBe(true);
  expect(steps[0]!.page.path).toBe('/?contact=');

  const out = await mkdtemp(join(tmpdir(), 'wp-export-'));
  await exportJsonl(collector.dataDir, out);
  await context.close();
  const needles = [...Object.values(typed), ...Object.values(shown), typed.card.replace(/ /g, ''), shown.card.replace(/ /g, '')];
  const findings = await scanForSecrets([collector.dataDir, out, profileDir], needles);
  await rm(out, { recursive: true, force: true });
  // Chromium's own autofill and session-restore files are the browser's, not Waypoint's (see privacy.spec.ts)
  expect(findings.filter((f) => !isBrowserOwned(profileDir, f.file))).toEqual([]);
});
