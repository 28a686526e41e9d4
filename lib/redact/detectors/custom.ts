/**
 * Custom patterns from policy: `{ id, pattern, flags? }`, compiled once and checked before use.
 * Invalid input is reported as a value (`{ ok: false, error }`), never thrown:
 * - `id`: 1–40 characters of letters, digits, `_`, `-`, `.` (it appears in `[CUSTOM:<id>]`
 *   and in the rule name `custom.<id>`);
 * - `pattern`: 1–512 characters, a valid JavaScript regular expression that cannot match the
 *   empty string;
 * - `flags`: any of `i`, `m`, `s`, `u` (`g` is implied; `y`, `d`, `v` are refused);
 * - patterns with nested quantifiers such as `(a+)+` or `(\w*)*` are refused, because they can
 *   take exponential time on hostile page text (a heuristic, documented in docs/privacy.md).
 */
import { PRIORITY, type Span } from '../types';

export interface CustomPatternSpec {
  id: string;
  pattern: string;
  flags?: string;
}

export interface CompiledPattern {
  id: string;
  re: RegExp;
}

export type CompileResult =
  | { ok: true; pattern: CompiledPattern }
  | { ok: false; id: string; error: string };

export interface CompiledPatterns {
  readonly patterns: readonly CompiledPattern[];
  readonly errors: readonly { id: string; error: string }[];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;
const MAX_MATCHES = 1000;

/**
 * Heuristic ReDoS guard: refuses a quantified group that itself contains a quantifier
 * (star height > 1), e.g. `(a+)+`, `(\d*)*`, `(?:x+y?)+`, `(a|a?)+`.
 */
export function hasNestedQuantifier(pattern: string): boolean {
  // stack of groups; each records whether it contains a quantifier
  const stack: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') { inClass = true; continue; }
    if (c === '(') { stack.push(false); continue; }
    if (c === ')') {
      const inner = stack.pop() ?? false;
      const next = pattern[i + 1];
      const quantified = next === '*' || next === '+' || next === '?' || next === '{';
      if (quantified && inner && next !== '?') return true;
      if (stack.length && (inner || quantified)) stack[stack.length - 1] = true;
      continue;
    }
    if (c === '*' || c === '+' || c === '{' || (c === '?' && pattern[i - 1] !== '(')) {
      if (stack.length) stack[stack.length - 1] = true;
    }
  }
  return false;
}

/** Compiles one custom pattern; errors are returned, not thrown. */
export function compileCustomPattern(spec: unknown): CompileResult {
  const s = (spec ?? {}) as Partial<Record<keyof CustomPatternSpec, unknown>>;
  const id = typeof s.id === 'string' ? s.id : '';
  if (!ID.test(id)) return { ok: false, id: String(s.id ?? ''), error: 'invalid id: use 1-40 letters, digits, "_", "-" or "."' };
  if (typeof s.pattern !== 'string' || s.pattern.length === 0) return { ok: false, id, error: 'pattern must be a non-empty string' };
  if (s.pattern.length > 512) return { ok: false, id, error: 'pattern longer than 512 characters' };
  const flags = s.flags === undefined ? '' : s.flags;
  if (typeof flags !== 'string' || !/^[imsu]*$/.test(flags) || new Set(flags).size !== flags.length) {
    return { ok: false, id, error: 'flags may only contain i, m, s, u (each once)' };
  }
  if (hasNestedQuantifier(s.pattern)) return { ok: false, id, error: 'nested quantifiers (e.g. "(a+)+") are not allowed: they can run in exponential time' };
  let re: RegExp;
  try {
    re = new RegExp(s.pattern, `${flags}g`);
  } catch (e) {
    return { ok: false, id, error: `invalid regular expression: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (re.test('')) return { ok: false, id, error: 'pattern matches the empty string' };
  re.lastIndex = 0;
  return { ok: true, pattern: { id, re } };
}

/** Compiles a policy's list; valid patterns are kept, the rest listed in `errors`. */
export function compileCustomPatterns(specs: readonly unknown[]): CompiledPatterns {
  const patterns: CompiledPattern[] = [];
  const errors: { id: string; error: string }[] = [];
  const seen = new Set<string>();
  for (const spec of Array.isArray(specs) ? specs : []) {
    const r = compileCustomPattern(spec);
    if (!r.ok) { errors.push({ id: r.id, error: r.error }); continue; }
    if (seen.has(r.pattern.id)) { errors.push({ id: r.pattern.id, error: 'duplicate id' }); continue; }
    seen.add(r.pattern.id);
    patterns.push(r.pattern);
  }
  return { patterns, errors };
}

export function detectCustom(text: string, patterns: readonly CompiledPattern[], out: Span[]): void {
  for (const p of patterns) {
    const re = p.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let count = 0;
    while ((m = re.exec(text)) !== null && count < MAX_MATCHES) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      out.push({ start: m.index, end: m.index + m[0].length, type: 'CUSTOM', rule: `custom.${p.id}`, priority: PRIORITY.custom, customId: p.id });
      count++;
    }
  }
}
