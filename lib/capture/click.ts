import { actionableFrom, describeTarget } from '../semantics';
import { roleDuring } from '../semantics/role';
import { statesOf } from '../semantics/states';
import type { Target } from '../schema';
import { type CaptureContext, listen, pageOf } from './context';
import { isSelectionTarget } from './select';
import { modifiersOf } from './modifiers';
import { shownBy } from './shown';

const BUTTONS = ['left', 'middle', 'right'] as const;

/**
 * The element to record for a press on this composed path, or null when clicks on it are not
 * recorded here.
 */
function clickableIn(path: readonly EventTarget[], role: (el: Element) => string): Element | null {
  const el = actionableFrom(path, role);
  if (!el) return null;
  if (el instanceof HTMLLabelElement && el.control) return null;
  if (el instanceof HTMLSelectElement || el instanceof HTMLOptionElement) return null;
  return isSelectionTarget(el, role) ? null : el;
}

/**
 * Clicks on buttons, links, checkboxes, menu items and the like. Not recorded here: clicks on
 * a label (the click it forwards to its control is recorded instead), on a native select or
 * its options (recorded as `select` on change), and on the items of selection widgets —
 * options, menu items, tabs, tree items, grid cells, radios — which are recorded as `select`.
 */
export function captureClicks(ctx: CaptureContext): void {
  /**
   * The target as it was when the button went down, before the press moves focus and the page
   * reacts to it. The click reuses it when it lands on the same element.
   */
  let pressed: { origin: EventTarget | undefined; el: Element; target: Target } | null = null;
  listen(ctx, 'pointerdown', (e) => {
    pressed = null;
    if (!ctx.active() || !e.isPrimary) return;
    const path = e.composedPath();
    const el = clickableIn(path, (x) => roleDuring(e, x));
    if (el) pressed = { origin: path[0], el, target: describeTarget(el, e.isTrusted ? shownBy(path) : undefined) };
  });

  const onClick = (e: MouseEvent) => {
    const early = pressed;
    pressed = null;
    if (!ctx.active()) return;
    const path = e.composedPath();
    // the same innermost element as pressed: the same element to record
    const el = early && early.origin === path[0] ? early.el : clickableIn(path, (x) => roleDuring(e, x));
    if (!el) return;
    // states (a checkbox just toggled) are read at the click; the rest as pressed
    const target = early?.el === el ? { ...early.target, states: statesOf(el) } : describeTarget(el);
    ctx.emit({
      t: Date.now(),
      page: pageOf(ctx.win),
      action: { kind: 'click', button: BUTTONS[e.button] ?? 'left', modifiers: modifiersOf(e), count: Math.max(1, e.detail) },
      target,
    });
  };
  listen(ctx, 'click', onClick);
  listen(ctx, 'auxclick', onClick);
}
