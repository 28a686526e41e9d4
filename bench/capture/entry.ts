/**
 * Bench entry for Waypoint: the capture code exactly as it is in lib/capture (bundled at run
 * time by bench/capture.ts), started with a context like the content script's, except that
 * steps go to an array instead of `runtime.sendMessage`, the scope gate is always open and
 * typing is recorded as length only.
 */
import { startCapture } from '../../lib/capture';
import { runDeferredChecks } from '../../lib/semantics/selectors';
import type { CandidateStep } from '../../lib/schema';
import { whenIdle } from '../../lib/content/idle';
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
      // as in the content script (lib/content/run.ts): steps wait until the browser is idle (at
      // most 300 ms), then the deferred selector checks run for all of them; the harness times
      // that callback as deferred work of the interaction that scheduled it
      emit: (step) => {
        emit(step);
        if (idleScheduled) return;
        idleScheduled = true;
        whenIdle(window, () => {
          idleScheduled = false;
          runDeferredChecks();
        }, 300);
      },
    });
  },
  (item) => (item as Omit<CandidateStep, 'id'>).action.kind,
);
