import { expect, exportedSteps, openDemo, test } from './harness';

test('a click on the demo app reaches the collector as a named step', async ({ context, popup, collector }) => {
  const page = await openDemo(context, popup);
  await page.getByRole('link', { name: 'Customers' }).click();
  await popup.waitForPending(3);
  const up = await popup.uploadNow();
  expect(up.ok).toBe(true);
  const steps = await exportedSteps(collector.dataDir);
  expect(steps.map((s) => s.action.kind)).toEqual(['navigate', 'click', 'navigate']);
  expect(steps[1]!.target).toMatchObject({ role: 'link', name: 'Customers' });
});
