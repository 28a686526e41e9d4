/**
 * Bench entry for the peer: rrweb's recorder with its default options, events to an array.
 * Only its DOM event listeners are timed (not its MutationObserver callbacks, not the
 * setters and prototype methods it patches, not the initial full snapshot).
 */
import { record } from 'rrweb';
import { installBench } from './harness';

const TYPES: Record<number, string> = { 0: 'DomContentLoaded', 1: 'Load', 2: 'FullSnapshot', 3: 'Incremental', 4: 'Meta', 5: 'Custom', 6: 'Plugin' };

installBench(
  'rrweb',
  (emit) => record({ emit: (e) => emit(e) }),
  (item) => {
    const e = item as { type: number; data?: { source?: number } };
    return e.type === 3 ? `incremental:${e.data?.source ?? '?'}` : (TYPES[e.type] ?? String(e.type));
  },
);
