import { describeStep } from '../../lib/schema';
import { expect, exportedSteps, openDemo, test } from './harness';

test('a two-key sequence is one shortcut step, and a chord records what it opened', async ({ context, popup, collector }) => {
  const page = await openDemo(context, popup);
  await page.getByRole('heading', { name: 'New invoice' }).click(); // focus outside any field
  await page.keyboard.press('g');
  await page.keyboard.press('c');
  await page.getByRole('heading', { name: 'Customers' }).waitFor();
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search commands' }).waitFor();
  await page.keyboard.press('Escape');
  await popup.waitForPending(5);
  expect((await popup.uploadNow()).ok).toBe(true);
  const steps = await exportedSteps(collector.dataDir);
  expect(steps.map(describeStep)).toEqual([
    'navigate load /',
    'click heading "New invoice"',
    'shortcut heading "New invoice" G C',
    'navigate hash /',
    'shortcut heading "Customers" Ctrl+K',
  ]);
  const [seq, chord] = steps.filter((s) => s.action.kind === 'shortcut').map((s) => s.action);
  expect(seq).toMatchObject({ keys: 'G C', portable: 'G C', inEditable: false });
  expect(chord).toMatchObject({
    keys: 'Ctrl+K', portable: 'Mod+K',
    effect: { dialog: { role: 'dialog', name: 'Command palette' }, focus: { role: 'combobox', name: 'Search commands' } },
  });
});
