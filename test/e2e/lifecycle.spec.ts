import { OTHER_ORIGIN_URL, expect, exportedSteps, openDemo, stopServiceWorkers, test } from './harness';
import { describeStep } from '../../lib/schema/describe';

test('stopping the service worker mid-run loses no step and duplicates none', async ({ context, popup, collector }) => {
  const page = await openDemo(context, popup);
  await page.getByLabel('Customer name').click();
  await stopServiceWorkers(page);
  await page.keyboard.type('Someone');
  await page.getByLabel('Country').selectOption({ label: 'Japan' });
  await stopServiceWorkers(page);
  await page.getByRole('checkbox', { name: 'Send me a copy' }).check();
  await page.getByRole('button', { name: 'Save invoice' }).click();
  await stopServiceWorkers(page);
  await page.keyboard.press('Control+k');
  await popup.waitForPending(8);
  await stopServiceWorkers(page);
  expect((await popup.uploadNow()).ok).toBe(true);
  const steps = await exportedSteps(collector.dataDir);
  expect(steps.map(describeStep)).toEqual([
    'navigate load /',
    'click textbox "Customer name"',
    'input textbox "Customer name" text',
    'select combobox "Country" native Japan',
    'click checkbox "Send me a copy" checked',
    'click button "Save invoice"',
    'submit form "New invoice"',
    'shortcut button "Save invoice" Ctrl+K',
  ]);
  expect(steps.map((s) => s.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
});

test('Pause stops capture at once and Resume restarts it', async ({ context, popup, collector }) => {
  const page = await openDemo(context, popup);
  await popup.page.getByRole('button', { name: 'Pause 30 min' }).click();
  await expect(popup.page.locator('#state')).toHaveText(/Paused for 30 more min/);
  await page.bringToFront();
  await page.getByRole('link', { name: 'Customers' }).click();
  await page.getByRole('link', { name: 'Invoices' }).click();
  await page.keyboard.press('?');
  const paused = await popup.status();
  expect(paused).toMatchObject({ recording: false, pending: 1 });
  expect(paused.dropped).toEqual({}); // not captured and dropped later: not captured at all

  await popup.page.getByRole('button', { name: 'Resume' }).click();
  await expect(popup.page.locator('#state')).toHaveText('Recording is on');
  await page.bringToFront();
  await page.getByRole('link', { name: 'Customers' }).click();
  await popup.waitForPending(3);
  expect((await popup.uploadNow()).ok).toBe(true);
  const steps = await exportedSteps(collector.dataDir);
  expect(steps.map(describeStep)).toEqual(['navigate load /', 'click link "Customers"', 'navigate hash /']);
});

test('an origin that is not allowed yields zero steps', async ({ context, popup, collector }) => {
  const page = await context.newPage();
  await page.goto(OTHER_ORIGIN_URL);
  await page.getByLabel('Customer name').click();
  await page.keyboard.type('Not recorded');
  await page.getByLabel('Country').selectOption({ label: 'France' });
  await page.getByRole('button', { name: 'Save invoice' }).click();
  await page.keyboard.press('Control+k');
  // the same app on the allowed origin is recorded, so the pipeline was live all along
  const allowed = await openDemo(context, popup);
  await allowed.getByRole('link', { name: 'Customers' }).click();
  await popup.waitForPending(3);
  expect((await popup.uploadNow()).ok).toBe(true);
  const steps = await exportedSteps(collector.dataDir);
  expect(steps.filter((s) => s.page.origin !== 'http://localhost:5180')).toEqual([]);
  expect(steps).toHaveLength(3);
  expect((await popup.status()).dropped).toEqual({}); // nothing was even sent from the other origin
});

test('the popup shows recording state, the site, pending steps and what is recorded', async ({ context, popup }) => {
  await openDemo(context, popup);
  await popup.page.reload();
  await expect(popup.page.locator('#state')).toHaveText('Recording is on');
  await expect(popup.page.locator('#pending')).toHaveText('1');
  await expect(popup.page.locator('#origins')).toHaveText('http://localhost:5180, http://localhost:5181');
  await expect(popup.page.getByRole('region', { name: 'What is recorded' })).toContainText('never what you typed');
});

test('steps taken just before the page unloads are not lost', async ({ context, popup, collector }) => {
  const page = await openDemo(context, popup);
  await page.getByLabel('Customer name').click();
  await page.keyboard.type('abc');
  await page.getByRole('link', { name: 'Help' }).click();
  await page.getByRole('heading', { name: 'Help' }).waitFor();
  await page.getByRole('link', { name: 'Back to invoices' }).click();
  await page.getByRole('heading', { name: 'New invoice' }).waitFor();
  await popup.waitForPending(7);
  expect((await popup.uploadNow()).ok).toBe(true);
  expect((await exportedSteps(collector.dataDir)).map(describeStep)).toEqual([
    'navigate load /',
    'click textbox "Customer name"',
    'input textbox "Customer name" text',
    'click link "Help"',
    'navigate load /demo/help.html',
    'click link "Back to invoices"',
    'navigate load /',
  ]);
});
