import { describeTarget } from '../semantics';
import { type CaptureContext, listen, pageOf } from './context';

/** Form submission; pending text edits are flushed first so they come before the submit. */
export function captureSubmit(ctx: CaptureContext, beforeSubmit: () => void): void {
  listen(ctx, 'submit', (e) => {
    if (!ctx.active()) return;
    const form = e.composedPath()[0];
    if (!(form instanceof HTMLFormElement)) return;
    beforeSubmit();
    ctx.emit({ t: Date.now(), page: pageOf(ctx.win), action: { kind: 'submit' }, target: describeTarget(form) });
  });
}
