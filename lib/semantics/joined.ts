/**
 * The naming strings (`Entry.hay`) of a candidate list joined into one string, so that the
 * candidates containing a word are found with one `indexOf` instead of a test per element
 * (1,890 cells on the bench page). Kept per list by the page index (page-index.ts) and rebuilt
 * only when an entry of the list went stale.
 */
import type { Entry } from './page-index';

export interface Joined {
  /** the entries' `hay` strings joined by NUL characters */
  text: string;
  /** where each entry's string starts in `text` */
  starts: Int32Array;
  /** positions of the entries named from elsewhere (`always`) */
  always: number[];
  /** the index version and the count of dropped entries it was last checked against */
  version: number;
  drops: number;
  /** the aligned entries it was built from */
  of: Entry[];
}

export function joinEntries(entries: Entry[], version: number, drops: number): Joined {
  const starts = new Int32Array(entries.length);
  const always: number[] = [];
  const parts: string[] = [];
  let pos = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    starts[i] = pos;
    parts.push(e.hay);
    pos += e.hay.length + 1;
    if (e.always) always.push(i);
  }
  return { text: parts.join('\0'), starts, always, version, drops, of: entries };
}

/**
 * Whether `test` holds for a position whose string contains `word` (not empty), or whose entry
 * is named from elsewhere; positions are asked in order until it holds.
 */
export function someWith(j: Joined, word: string, test: (i: number) => boolean): boolean {
  const always = j.always;
  let next = 0; // the always-entries not yet asked
  for (let at = j.text.indexOf(word); at >= 0; ) {
    const i = entryAt(j.starts, at);
    for (; next < always.length && always[next]! < i; next++) if (test(always[next]!)) return true;
    if (next < always.length && always[next] === i) next += 1;
    if (test(i)) return true;
    at = j.text.indexOf(word, i + 1 < j.starts.length ? j.starts[i + 1]! : j.text.length);
  }
  for (; next < always.length; next++) if (test(always[next]!)) return true;
  return false;
}

/** The entry whose string covers offset `at` (the last start at or before it). */
function entryAt(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
