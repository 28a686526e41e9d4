import { actionableFrom, describeTarget } from '../semantics';
import { roleDuring } from '../semantics/role';
import { statesOf } from '../semantics/states';
import type { Target } from '../schema';
import { type CaptureContext, listen, pageOf } from './context';
import { isSelectionTarget } from './select';
import { modifiersOf } from './modifiers';

const BUTTONS = ['left', 'middle', 'right'] as const;

/**
 * Clicks on buttons, links, checkboxes, menu items and the like. Not recorded here: clicks on
 * a label (the click it forwards to its control is recorded instead), on a native select or
 * its options (recorded as `select` on change), and on the items of selection widgets —
 * options, menu items, tabs, tree items, grid cells, radios — which are recorded as `select`.
 */
export function captureClicks(ctx: CaptureContext): void {
  /** The element to record for an event, or null when clicks on it are not recorded here. */
  const clickable = (e: Event): Element | null => {
    const role = (x: Element) => roleDuring(e, x);
    const el = actionableFrom(e.composedPath(), role);
    if (!el) return null;
    if (el instanceof HTMLLabelElement && el.control) return null;
    if (el instanceof HTMLSelectElement || el instanceof HTMLOptionElement) return null;
    return isSelectionTarget(el, role) ? null : el;
  };

  /**
   * The target as it was when the button went down. Described then, before the press moves
   * focus and the page reacts to it, the page's style is still as last rendered, so reading
   * it costs no recalculation; the click reuses it when it lands on the same element.
   */
  let pressed: { el: Element; target: Target } | null = null;
  listen(ctx, 'pointerdown', (e) => {
    pressed = null;
    if (!ctx.active() || !e.isPrimary) return;
    const el = clickable(e);
    if (el) pressed = { el, target: describeTarget(el) };
  });

  const onClick = (e: MouseEvent) => {
    const early = pressed;
    pressed = null;
    if (!ctx.active()) return;
    const el = clickable(e);
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
