/**
 * WXT config for the bench's own build of the content script: the project's config with the
 * output in a temporary folder, so the bench never touches .output/ (used by the e2e tests).
 */
import config from '../../wxt.config';

export default { ...config, outDir: process.env.WAYPOINT_BENCH_OUT ?? '.output-bench' };
