/** Bench entry for the baseline: the same harness and interactions, no recorder. */
import { installBench } from './harness';

installBench('none', () => undefined, () => '');
