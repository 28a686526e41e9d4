/**
 * Stands in for dom-accessibility-api's `polyfills/SetLike.mjs` in the content script build
 * (wxt.config.ts): every supported browser has Set, and the polyfill, which the library uses
 * even where Set exists, is 1.7 KB of the content script's 20 KB budget.
 */
export default Set;
