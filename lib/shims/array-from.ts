/** Stands in for dom-accessibility-api's `polyfills/array.from.mjs` in the content script build (see set.ts). */
export default Array.from;
