import { describeStep } from '../../lib/schema';
import { DEMO_URL, expect, exportedSteps, openDemo, test } from './harness';

/**
 * Names include CSS generated text (::before, ::after), as browsers and Playwright compute them
 * (AccName 1.2, 2F.ii), so a recorded role selector resolves to the element again when replayed.
 */
test('generated text (::before, ::after) is part of recorded names, and the role selectors resolve back to the element', async ({ context, popup, collector }) => {
  const page = await openDemo(context, popup, `${DEMO_URL}names/index.html`);
  const ids = ['save', 'inbox', 'go', 'plain', 'quiet', 'fav1'];
  for (const id of ids) await page.locator(`#${id}`).click();
  await page.locator('#email').fill('x');
  await page.locator('#more').click();
  await page.locator('h1').click(); // the field's input step is recorded when it loses focus
  await popup.waitForPending(11); // load, 6 clicks, the hash change of #inbox, the input, "More", the heading
  expect((await popup.uploadNow()).ok).toBe(true);
  const steps = (await exportedSteps(collector.dataDir)).filter((s) => s.action.kind !== 'navigate');
  expect(steps.map(describeStep)).toEqual([
    'click button "\ue900 Save"',
    'click link "Inbox (3)"',
    'click button "Go!"',
    'click button "Plain"',
    'click button "Quiet"',
    'click button "★ Favourite"',
    'input textbox "Email *" email',
    'click button "More →"',
    'click heading "Generated text in names"',
  ]);
  const expectedId = ['save', 'inbox', 'go', 'plain', 'quiet', 'fav1', 'email', 'more'];
  for (const [i, step] of steps.slice(0, expectedId.length).entries()) {
    const role = step.target!.selectors.find((s) => s.kind === 'role')!;
    const found = page.locator(role.value);
    if (expectedId[i] === 'fav1') {
      // two buttons with the same generated text and name: not unique, and both match
      expect(role.unique).toBe(false);
      expect(await found.count()).toBe(2);
      continue;
    }
    expect(role.unique, role.value).toBe(true);
    expect(await found.count(), role.value).toBe(1);
    expect(await found.evaluate((el) => el.id), role.value).toBe(expectedId[i]);
  }
});

test('generated text from a style sheet the page cannot read (cross-origin) is still in the name', async ({ context, popup, collector }) => {
  const page = await openDemo(context, popup, `${DEMO_URL}names/cross-origin.html`);
  // the sheet is applied, and its rules cannot be read from the page
  await expect.poll(() => page.locator('#done').evaluate((el) => getComputedStyle(el, '::after').content)).toBe('" ✓"');
  expect(await page.evaluate(() => {
    try {
      return [...document.styleSheets].map((s) => s.cssRules.length).join();
    } catch {
      return 'unreadable';
    }
  })).toBe('unreadable');
  await page.locator('#done').click();
  await page.locator('#undo').click();
  await popup.waitForPending(3);
  expect((await popup.uploadNow()).ok).toBe(true);
  const steps = (await exportedSteps(collector.dataDir)).filter((s) => s.action.kind === 'click');
  expect(steps.map(describeStep)).toEqual(['click button "Done ✓"', 'click button "Undo"']);
  for (const [i, id] of ['done', 'undo'].entries()) {
    const role = steps[i]!.target!.selectors.find((s) => s.kind === 'role')!;
    expect(role.unique, role.value).toBe(true);
    expect(await page.locator(role.value).evaluate((el) => el.id)).toBe(id);
  }
});
