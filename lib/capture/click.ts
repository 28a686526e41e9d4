import { actionableFrom, describeTarget } from '../semantics';
import { roleDuring } from '../semantics/role';
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
  const onClick = (e: MouseEvent) => {
    if (!ctx.active()) return;
    const path = e.composedPath();
    const role = (x: Element) => roleDuring(e, x);
    const el = actionableFrom(path, role);
    if (!el) return;
    if (el instanceof HTMLLabelElement && el.control) return;
    if (el instanceof HTMLSelectElement || el instanceof HTMLOptionElement) return;
    if (isSelectionTarget(el, role)) return;
    ctx.emit({
      t: Date.now(),
      page: pageOf(ctx.win),
      action: { kind: 'click', button: BUTTONS[e.button] ?? 'left', modifiers: modifiersOf(e), count: Math.max(1, e.detail) },
      target: describeTarget(el),
    });
  };
  listen(ctx, 'click', onClick);
  listen(ctx, 'auxclick', onClick);
}
