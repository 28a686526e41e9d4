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

let idleScheduled = false;

installBench(
  'waypoint',
  (emit, signal) => {
    startCapture({
      signal,
      win: window,
      active: () => true,
      typing: () => 'length',
      privateSelectors: () => [],
      // as in the content script (lib/content/run.ts): steps wait for an idle callback (at
      // most 300 ms), which runs the deferred selector checks for all of them; the harness
      // times that callback as deferred work of the interaction that scheduled it
      emit: (step) => {
        emit(step);
        if (idleScheduled) return;
        idleScheduled = true;
        requestIdleCallback(() => {
          idleScheduled = false;
          runDeferredChecks();
        }, { timeout: 300 });
      },
    });
  },
  (item) => (item as Omit<CandidateStep, 'id'>).action.kind,
);
