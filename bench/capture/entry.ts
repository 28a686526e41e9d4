/**
 * Bench entry for Waypoint: the capture code exactly as it is in lib/capture (bundled at run
 * time by bench/capture.ts), started with a context like the content script's, except that
 * steps go to an array instead of `runtime.sendMessage`, the scope gate is always open and
 * typing is recorded as length only.
 */
import { startCapture } from '../../lib/capture';
import { runDeferredChecks } from '../../lib/semantics/selectors';
import type { CandidateStep } from '../../lib/schema';
import { installBench } from './harness';

installBench(
  'waypoint',
  (emit, signal) => {
    startCapture({
      signal,
      win: window,
      active: () => true,
      typing: () => 'length',
      privateSelectors: () => [],
      // the content script runs the deferred selector checks when idle; here they run in a
      // timer created inside the handler, so the harness times them as deferred work
      emit: (step) => {
        emit(step);
        setTimeout(runDeferredChecks, 0);
      },
    });
  },
  (item) => (item as Omit<CandidateStep, 'id'>).action.kind,
);
