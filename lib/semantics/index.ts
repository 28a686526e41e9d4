export { describeTarget, actionableFrom } from './target';
export { roleOf } from './role';
export { nameOf } from './name';
export { framePathOf, shadowPathOf } from './path';
export { runDeferredChecks, selectorsFor } from './selectors';
