import { captureClicks } from './click';
import type { CaptureContext } from './context';
import { captureInput } from './input';
import { captureNavigation } from './navigate';
import { captureSelections } from './select';
import { captureShortcuts } from './shortcut';
import { captureSubmit } from './submit';

export type { CaptureContext } from './context';

/** Registers every capture module; all listeners go away when ctx.signal aborts. */
export function startCapture(base: CaptureContext): void {
  // A pending text edit is flushed before any other step, so steps keep the order of events
  // (typing, then the click, shortcut or submit that followed it).
  let flushInputs: () => void = () => {};
  const ctx: CaptureContext = {
    ...base,
    emit: (step) => {
      if (step.action.kind !== 'input') flushInputs();
      base.emit(step);
    },
  };
  const input = captureInput(ctx);
  flushInputs = input.flush;
  captureClicks(ctx);
  captureSelections(ctx);
  captureShortcuts(ctx);
  captureSubmit(ctx, input.flush);
  captureNavigation(ctx);
  // A press elsewhere ends an edit before what follows it (focusout usually does this first;
  // this covers presses on elements that do not take focus).
  ctx.win.document.addEventListener('pointerdown', input.flush, { capture: true, passive: true, signal: ctx.signal });
}
