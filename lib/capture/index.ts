import { resetIndexes } from '../semantics/page-index';
import { forgetDescriptions } from '../semantics/target';
import { forgetGeneratingRules, readGeneratingRulesLater } from '../semantics/pseudo';
import { captureClicks } from './click';
import { type CaptureContext, listen } from './context';
import { captureInput } from './input';
import { captureNavigation } from './navigate';
import { captureSelections } from './select';
import { captureShortcuts } from './shortcut';
import { captureSubmit } from './submit';

export type { CaptureContext } from './context';

/** Registers every capture module; all listeners go away when ctx.signal aborts. */
export function startCapture(base: CaptureContext): void {
  // a large page's style sheets are read for generated text in idle time, before the first press
  readGeneratingRulesLater(base.win.document);
  // Steps that are held back (a shortcut waiting for its effect, a text edit not yet finished)
  // are flushed before any later step, so steps keep the order of the events.
  const held = { shortcut: () => {}, input: () => {} };
  const ctx: CaptureContext = {
    ...base,
    emit: (step) => {
      if (step.action.kind !== 'shortcut') {
        held.shortcut();
        if (step.action.kind !== 'input') held.input();
      }
      base.emit(step);
    },
  };
  const input = captureInput(ctx);
  held.input = input.flush;
  held.shortcut = captureShortcuts(ctx, input.flush).flush;
  captureClicks(ctx);
  captureSelections(ctx);
  captureSubmit(ctx, input.flush);
  captureNavigation(ctx);
  // A press elsewhere ends an edit before what follows it (focusout usually does this first;
  // this covers presses on elements that do not take focus).
  listen(ctx, 'pointerdown', () => {
    held.shortcut();
    input.flush();
  });
  // the uniqueness checks' page caches stop observing the page with capture
  ctx.signal.addEventListener('abort', () => {
    resetIndexes();
    forgetDescriptions();
    forgetGeneratingRules();
  }, { once: true });
}
