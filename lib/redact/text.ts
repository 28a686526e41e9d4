/**
 * Free-text redaction: detectors with validators replace personal data with typed
 * placeholders such as [EMAIL]. Returns the redacted text and how often each rule fired.
 *
 * Synchronous and pure; never throws. On an internal error the whole text is replaced by
 * `[REDACTED]` and the rule `redactor.error` is reported, so nothing raw escapes (fail closed).
 * The result is a fixed point: redacting it again changes nothing. A replacement can change
 * what its neighbours look like ("192.168.1.20 0176/8388760": once the address is gone, the
 * phone number stands alone), so a changed text is passed again until nothing more is found.
 */
import { compileCustomPatterns, type CompiledPatterns, type CustomPatternSpec } from './detectors/custom';
import { redactPass, type DetectorName, type PassConfig } from './engine';
import { makePseudonymiser, type Pseudonymiser } from './placeholder';

export type { CustomPatternSpec, CompiledPatterns } from './detectors/custom';
export { compileCustomPatterns } from './detectors/custom';
export type { DetectorName } from './engine';

export interface TextRedaction {
  text: string;
  rules: Record<string, number>;
}

export interface RedactOptions {
  /**
   * Custom patterns from policy: either compiled with `compileCustomPatterns` (preferred:
   * compile once when the policy loads and show its `errors`), or the raw list, which is then
   * compiled and cached per array; invalid entries are skipped and counted as `custom.invalid`.
   */
  customPatterns?: CompiledPatterns | readonly CustomPatternSpec[];
  /**
   * Key for keyed pseudonyms: with a key, placeholders carry a 6-hex-digit HMAC-SHA256 tag of
   * the value (`[EMAIL:3f9a1c]`), stable for one key. Use one random key per trajectory and do
   * not store it with the data: with the key, short values (phone numbers) can be brute-forced.
   */
  pseudonymKey?: string | Uint8Array;
  /** Built-in detectors to switch off (e.g. `['person']`). */
  disable?: readonly DetectorName[];
}

export const FAIL_CLOSED: TextRedaction = Object.freeze({ text: '[REDACTED]', rules: Object.freeze({ 'redactor.error': 1 }) }) as TextRedaction;

const MAX_PASSES = 4;
/**
 * Longer inputs are not redacted piecemeal (an entity could straddle a cut): they fail closed.
 * Step strings (titles, accessible names, option labels) are far shorter.
 */
export const MAX_INPUT_CHARS = 65536;
const NO_DISABLE: ReadonlySet<DetectorName> = new Set();

const compiledCache = new WeakMap<object, CompiledPatterns>();
const keyCache = new Map<string, Pseudonymiser>();
const bytesKeyCache = new WeakMap<Uint8Array, Pseudonymiser>();

function isCompiled(x: RedactOptions['customPatterns']): x is CompiledPatterns {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && Array.isArray((x as CompiledPatterns).patterns);
}

function resolveCustom(x: RedactOptions['customPatterns'], rules: Record<string, number>): CompiledPatterns | null {
  if (!x) return null;
  if (isCompiled(x)) return x;
  let c = compiledCache.get(x);
  if (!c) {
    c = compileCustomPatterns(x);
    compiledCache.set(x, c);
  }
  if (c.errors.length) rules['custom.invalid'] = c.errors.length;
  return c;
}

function resolvePseudonym(key: RedactOptions['pseudonymKey']): Pseudonymiser | null {
  if (key === undefined) return null;
  if (typeof key === 'string') {
    if (key.length === 0) throw new Error('empty pseudonym key');
    let p = keyCache.get(key);
    if (!p) {
      if (keyCache.size >= 64) keyCache.clear();
      p = makePseudonymiser(key);
      keyCache.set(key, p);
    }
    return p;
  }
  if (key instanceof Uint8Array && key.length > 0) {
    let p = bytesKeyCache.get(key);
    if (!p) {
      p = makePseudonymiser(key);
      bytesKeyCache.set(key, p);
    }
    return p;
  }
  throw new Error('invalid pseudonym key');
}

function merge(into: Record<string, number>, from: Record<string, number>): void {
  for (const k in from) into[k] = (into[k] ?? 0) + (from[k] as number);
}

const DEFAULT_CFG: PassConfig = { disable: NO_DISABLE, custom: [], pseudonym: null };

export function redactText(input: string, opts?: RedactOptions): TextRedaction {
  try {
    if (typeof input !== 'string') return { text: FAIL_CLOSED.text, rules: { ...FAIL_CLOSED.rules } };
    if (input.length > MAX_INPUT_CHARS) return { text: FAIL_CLOSED.text, rules: { 'redactor.too-long': 1 } };
    let rules: Record<string, number> = {};
    let cfg = DEFAULT_CFG;
    if (opts !== undefined && (opts.customPatterns || opts.pseudonymKey !== undefined || opts.disable?.length)) {
      const custom = resolveCustom(opts.customPatterns, rules);
      cfg = {
        disable: opts.disable?.length ? new Set(opts.disable) : NO_DISABLE,
        custom: custom ? custom.patterns : [],
        pseudonym: resolvePseudonym(opts.pseudonymKey),
      };
    }
    let text = input;
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const r = redactPass(text, cfg);
      if (!r.changed) return { text, rules };
      if (pass === 0 && !hasKeys(rules)) rules = r.rules;
      else merge(rules, r.rules);
      text = r.text;
    }
    // still changing after MAX_PASSES: a pathological input; the last output is the most redacted
    return { text, rules };
  } catch {
    return { text: FAIL_CLOSED.text, rules: { ...FAIL_CLOSED.rules } };
  }
}

function hasKeys(o: Record<string, number>): boolean {
  for (const _ in o) return true;
  return false;
}
