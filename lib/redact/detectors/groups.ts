/**
 * Runs of digit groups ("4111 1111 1111 1111", "DE89-…", "030 1234 5678"): the candidate
 * shape shared by number detectors. A run is a maximal sequence of digit groups joined by
 * single separators; detectors then test contiguous windows of groups, so a number that runs
 * into a neighbouring quantity ("Qty 2 4111 1111 1111 1111") is still found.
 */
import { isAlnumAt, isDigitCode } from './util';

export interface DigitGroup {
  start: number;
  end: number;
  /** the separator before this group ('' for the first group of a run) */
  sep: string;
}

/**
 * Maximal runs of digit groups separated by exactly one character of `seps`, built from the
 * scan's digit runs (`flat` = [start, end, …]); runs with fewer than `minDigits` digits are dropped.
 */
export function joinGroups(text: string, flat: readonly number[], seps: string, minDigits: number): DigitGroup[][] {
  const runs: DigitGroup[][] = [];
  const m = flat.length;
  let k = 0;
  while (k < m) {
    // the run starting at group k: find its extent and digit count before allocating anything
    let digits = (flat[k + 1] as number) - (flat[k] as number);
    let q = k + 2;
    while (q < m) {
      const prevEnd = flat[q - 1] as number;
      if ((flat[q] as number) !== prevEnd + 1 || !isSep(seps, text.charCodeAt(prevEnd))) break;
      digits += (flat[q + 1] as number) - (flat[q] as number);
      q += 2;
    }
    if (digits >= minDigits) {
      const run: DigitGroup[] = [];
      for (let x = k; x < q; x += 2) {
        const s = flat[x] as number;
        run.push({ start: s, end: flat[x + 1] as number, sep: x === k ? '' : text.charAt(s - 1) });
      }
      runs.push(run);
    }
    k = q;
  }
  return runs;
}

function isSep(seps: string, c: number): boolean {
  for (let i = 0; i < seps.length; i++) if (seps.charCodeAt(i) === c) return true;
  return false;
}

/** True when the character before `start` does not glue a number to other text. */
export function cleanLeft(text: string, start: number): boolean {
  if (start === 0) return true;
  const p = text.charCodeAt(start - 1);
  if (isAlnumAt(text, start - 1) || p === 95) return false;
  // "1.4111…", "3,4111…", "2/4111…": part of a longer number
  if ((p === 46 || p === 44 || p === 47 || p === 58) && start >= 2 && isDigitCode(text.charCodeAt(start - 2))) return false;
  return true;
}

/** True when the character at `end` does not glue a number to other text. */
export function cleanRight(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  if (isAlnumAt(text, end) || c === 95) return false;
  if ((c === 46 || c === 44 || c === 47 || c === 58) && end + 1 < text.length && isDigitCode(text.charCodeAt(end + 1))) return false;
  return true;
}

/**
 * Calls `accept(a, b)` on contiguous windows of a run's groups, longest first from the left,
 * and skips past each accepted window. A window may start or end inside a run only at a space.
 */
export function scanWindows(
  text: string,
  run: DigitGroup[],
  maxGroups: number,
  accept: (a: number, b: number) => boolean,
): void {
  let a = 0;
  while (a < run.length) {
    const first = run[a] as DigitGroup;
    const leftOk = a === 0 ? cleanLeft(text, first.start) : first.sep === ' ';
    let taken = -1;
    if (leftOk) {
      for (let b = Math.min(run.length - 1, a + maxGroups - 1); b >= a; b--) {
        const last = run[b] as DigitGroup;
        const rightOk = b === run.length - 1 ? cleanRight(text, last.end) : (run[b + 1] as DigitGroup).sep === ' ';
        if (!rightOk) continue;
        if (accept(a, b)) { taken = b; break; }
      }
    }
    a = taken >= 0 ? taken + 1 : a + 1;
  }
}

/** Index (even) of the first digit run in `flat` starting at or after `pos`. */
export function firstGroupFrom(flat: readonly number[], pos: number): number {
  let lo = 0;
  let hi = flat.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((flat[mid * 2] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo * 2;
}

/** Whether [s, e) overlaps any of `sorted` (intervals sorted by start, non-nested or not). */
export function overlapsAny(sorted: readonly (readonly [number, number])[], s: number, e: number, maxLen: number): boolean {
  // intervals starting before e and after s - maxLen can overlap
  let lo = 0;
  let hi = sorted.length;
  const from = s - maxLen;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as readonly [number, number])[0] < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < sorted.length; k++) {
    const [a, b] = sorted[k] as readonly [number, number];
    if (a >= e) break;
    if (b > s) return true;
  }
  return false;
}
