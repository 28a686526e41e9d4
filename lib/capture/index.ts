import { captureClicks } from './click';
import type { CaptureContext } from './context';
import { captureInput } from './input';
import { captureNavigation } from './navigate';
import { captureSelections } from './select';
import { captureShortcuts } from './shortcut';
import { captureSubmit } from './submit';

export type { CaptureContext } from './context';

/** Registers every capture module; all listeners go away when ctx.signal aborts. */
export function startCapture(ctx: CaptureContext): void {
  const input = captureInput(ctx);
  captureClicks(ctx);
  captureSelections(ctx);
  captureShortcuts(ctx);
  captureSubmit(ctx, input.flush);
  captureNavigation(ctx);
  // A click elsewhere ends an edit before the click is recorded (focusout usually does this
  // first; this covers clicks on elements that do not take focus).
  ctx.win.document.addEventListener('pointerdown', input.flush, { capture: true, passive: true, signal: ctx.signal });
}
