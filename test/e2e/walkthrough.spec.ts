import { EXPECTED_TRAJECTORY, walkthrough } from '../fixtures/demo/walkthrough';
import { expect, exportedSteps, openDemo, test } from './harness';
import { describeStep } from '../../lib/schema/describe';

test('a scripted user on the demo app produces exactly the expected trajectory at the collector', async ({ context, popup, collector }) => {
  const page = await openDemo(context, popup);
  await walkthrough(page);
  await popup.waitForPending(EXPECTED_TRAJECTORY.length);
  const up = await popup.uploadNow();
  expect(up).toMatchObject({ ok: true, pending: 0 });
  const steps = await exportedSteps(collector.dataDir);
  expect(steps.map(describeStep)).toEqual(EXPECTED_TRAJECTORY);
  // one device, seq 1..n without gaps, one session for the tab
  expect(steps.map((s) => s.seq)).toEqual(steps.map((_, i) => i + 1));
  expect(new Set(steps.map((s) => s.sessionId)).size).toBe(1);
  // shortcuts are told apart by where they were pressed
  const shortcuts = steps.filter((s) => s.action.kind === 'shortcut').map((s) => s.action);
  expect(shortcuts).toMatchObject([
    { kind: 'shortcut', keys: '?', portable: '?', code: 'Slash', inEditable: false, effect: { dialog: { role: 'dialog', name: 'Keyboard shortcuts' } } },
    {
      kind: 'shortcut', keys: 'Ctrl+K', portable: 'Mod+K', code: 'KeyK', inEditable: false,
      effect: { dialog: { role: 'dialog', name: 'Command palette' }, focus: { role: 'combobox', name: 'Search commands' } },
    },
  ]);
  // every target has at least two ranked selectors, the best one unique
  for (const s of steps.filter((x) => x.target)) {
    expect(s.target!.selectors.length).toBeGreaterThanOrEqual(2);
    expect(s.target!.selectors[0]!.unique).toBe(true);
  }
  // context is recorded: the form around the fields, the dialog around its button
  expect(steps.find((s) => s.target?.name === 'Customer name')!.target!.context.form).toEqual({ role: 'form', name: 'New invoice' });
  expect(steps.find((s) => s.target?.name === 'Close')!.target!.context.dialog).toEqual({ role: 'dialog', name: 'Keyboard shortcuts' });
});
