import { serveFixtures } from '../fixtures/serve';
import { expect, exportedSteps, openDemo, test } from './harness';
import { describeStep } from '../../lib/schema/describe';

test('steps inside same-origin and cross-origin iframes carry their frame path', async ({ context, popup, collector }) => {
  const partner = await serveFixtures({ port: 5181 });
  try {
    const page = await openDemo(context, popup, 'http://localhost:5180/frame.html');
    // load steps of the two http frames
    await popup.waitForPending(3);
    const same = page.frameLocator('iframe[title="Embedded widget"]');
    await same.getByRole('button', { name: 'Inner action' }).click();
    await same.getByRole('combobox', { name: 'Inner choice' }).selectOption({ label: 'Two' });
    const cross = page.frameLocator('iframe[title="Partner widget"]');
    await cross.getByRole('button', { name: 'Inner action' }).click();
    await popup.waitForPending(6);
    expect((await popup.uploadNow()).ok).toBe(true);
    const steps = (await exportedSteps(collector.dataDir)).filter((s) => s.action.kind !== 'navigate');
    expect(steps.map((s) => [describeStep(s), s.page.origin, s.page.frame])).toEqual([
      ['click button "Inner action"', 'http://localhost:5180', ['iframe[title="Embedded widget"]']],
      ['select combobox "Inner choice" native Two', 'http://localhost:5180', ['iframe[title="Embedded widget"]']],
      ['click button "Inner action"', 'http://localhost:5181', ['frame@http://localhost:5181']],
    ]);
  } finally {
    await partner.close();
  }
});
