/**
 * Decode-aware matching. Text captured from URLs carries its values URL-encoded
 * (`jane.doe%40gmail.com`, `%2B14155550132`, `Henry+Schmidt`). Detectors run on a decoded
 * *view* of the text, and their spans are mapped back to the original characters, so the
 * encoded form is what gets replaced.
 *
 * - `%XX` escapes are decoded everywhere (runs of escapes as UTF-8; a run that is not valid
 *   UTF-8 is decoded byte by byte for ASCII and left as is otherwise);
 * - a raw `+` becomes a space only inside a URL-like token (one containing `://`, `?` or `&`), and
 *   is kept when it starts a value and a digit follows (`?to=+4915…` is a phone number, not a
 *   space) or when the value holds an `@` (`?to=jane+work@x.io` is plus-addressing). Outside
 *   URLs a `+` stays (`API_KEY=ab+cd…` is base64).
 */

export interface TextView {
  /** the decoded text the detectors see */
  text: string;
  /**
   * `map[i]` is the offset in the original text where view character `i` starts, and
   * `map[view.length]` is the original length; `null` when the view is the original itself.
   * For views shorter than 4,096 characters a buffer shared by all views (longer than the
   * view): valid until the next `buildView` call.
   */
  map: Int32Array | null;
}

/** The buffer `TextView.map` of a short view points into (the redactor is synchronous). */
const MAP_SCRATCH = new Int32Array(4096);

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0;
}

/** Whether `text` holds a `%XX` escape (a `%` followed by two hex digits) at or after `from`. */
function hasEscape(text: string, from: number): boolean {
  const n = text.length;
  for (let i = text.indexOf('%', from); i >= 0 && i + 2 < n; i = text.indexOf('%', i + 1)) {
    if (hexVal(text.charCodeAt(i + 1)) >= 0 && hexVal(text.charCodeAt(i + 2)) >= 0) return true;
  }
  return false;
}

/** Whether the whitespace-delimited token from `from` is URL-like (holds `?`, `&` or `://`). */
function tokenIsUrlish(text: string, from: number): boolean {
  const n = text.length;
  for (let j = from; j < n; j++) {
    const c = text.charCodeAt(j);
    if (isSpace(c)) return false;
    if (c === 63 || c === 38 || (c === 58 && text.charCodeAt(j + 1) === 47 && text.charCodeAt(j + 2) === 47)) return true;
  }
  return false;
}

/** Builds the decoded view of `text`, or returns the identity view when nothing is encoded. */
export function buildView(text: string): TextView {
  const hasPct = text.indexOf('%') >= 0 && hasEscape(text, 0);
  const hasPlus = text.indexOf('+') >= 0 && (text.indexOf('?') >= 0 || text.indexOf('&') >= 0 || text.indexOf('://') >= 0);
  if (!hasPct && !hasPlus) return { text, map: null };

  // decoded pieces, each with the original offset it starts at; `ident[e]` marks an unchanged
  // chunk of the original, whose code units map one to one
  const out: string[] = [];
  const starts: number[] = [];
  const ident: boolean[] = [];
  const n = text.length;
  let changed = false;
  let copied = 0; // original text before this offset has been emitted
  // the first '+' that may become a space, and the next escape, are found with indexOf
  let tokenStart = 0; // start of the current whitespace-delimited token
  let tokenUrlish = -1; // -1 unknown, 0 no, 1 yes: is the current token URL-like
  // for "does the value around this '+' hold an '@'" in linear time: the last '@' and the last
  // value separator (= & ? / #) met so far, and where the last forward look stopped and why
  let lastAt = -1;
  let lastSep = -1;
  let fwdStop = -1;
  let fwdAt = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      tokenStart = i + 1;
      tokenUrlish = -1;
      i++;
      continue;
    }
    if (c === 37 /* % */ && i + 2 < n && hexVal(text.charCodeAt(i + 1)) >= 0 && hexVal(text.charCodeAt(i + 2)) >= 0) {
      if (i > copied) { out.push(text.slice(copied, i)); starts.push(copied); ident.push(true); }
      // collect a run of escapes
      const bytes: number[] = [];
      const pos: number[] = [];
      let j = i;
      while (j + 2 < n && text.charCodeAt(j) === 37 && hexVal(text.charCodeAt(j + 1)) >= 0 && hexVal(text.charCodeAt(j + 2)) >= 0) {
        bytes.push(hexVal(text.charCodeAt(j + 1)) * 16 + hexVal(text.charCodeAt(j + 2)));
        pos.push(j);
        j += 3;
      }
      decodeRun(bytes, pos, out, starts, ident);
      changed = true;
      i = j;
      copied = j;
      continue;
    }
    if (c === 64) lastAt = i;
    else if (c === 61 || c === 38 || c === 63 || c === 47 || c === 35) lastSep = i;
    if (c === 43 /* + */ && hasPlus) {
      if (tokenUrlish === -1) tokenUrlish = tokenIsUrlish(text, tokenStart) ? 1 : 0;
      if (tokenUrlish === 1) {
        const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
        const valueStart = prev === 61 || prev === 47 || prev === 63 || prev === 38 || prev === 58 || prev === 34 || prev === 39;
        let keep = valueStart && next >= 48 && next <= 57;
        // the value around the '+' holds an '@' (plus-addressing): back to a separator …
        if (!keep) keep = lastAt >= tokenStart && lastAt > lastSep;
        // … or forward to one (the stop of the last look is reused while before it)
        if (!keep) {
          if (i >= fwdStop) {
            fwdStop = i + 1;
            fwdAt = false;
            for (; fwdStop < n; fwdStop++) {
              const d = text.charCodeAt(fwdStop);
              if (d === 64 || (d === 37 && text.charCodeAt(fwdStop + 1) === 52 && text.charCodeAt(fwdStop + 2) === 48)) { fwdAt = true; break; }
              if (d === 38 || d === 63 || d === 47 || d === 35 || isSpace(d)) break;
            }
          }
          keep = fwdAt;
        }
        if (!keep) {
          if (i > copied) { out.push(text.slice(copied, i)); starts.push(copied); ident.push(true); }
          out.push(' ');
          starts.push(i);
          ident.push(false);
          changed = true;
          i++;
          copied = i;
          continue;
        }
      }
    }
    i++;
  }
  if (!changed) return { text, map: null };
  if (n > copied) { out.push(text.slice(copied, n)); starts.push(copied); ident.push(true); }
  const view = out.join('');
  // long views (rare) get a buffer of their own, so the shared one stays small
  const map = view.length < MAP_SCRATCH.length ? MAP_SCRATCH : new Int32Array(view.length + 1);
  let k = 0;
  for (let e = 0; e < out.length; e++) {
    const piece = out[e] as string;
    const st = starts[e] as number;
    if (ident[e]) for (let u = 0; u < piece.length; u++) map[k++] = st + u;
    else for (let u = 0; u < piece.length; u++) map[k++] = st;
  }
  map[view.length] = n;
  return { text: view, map };
}

/** Decodes a run of %XX bytes as UTF-8 where valid; pushes one entry per decoded character. */
function decodeRun(bytes: number[], pos: number[], out: string[], starts: number[], ident: boolean[]): void {
  let b = 0;
  while (b < bytes.length) {
    const x = bytes[b] as number;
    let len = 0;
    if (x < 0x80) len = 1;
    else if (x >= 0xc2 && x <= 0xdf) len = 2;
    else if (x >= 0xe0 && x <= 0xef) len = 3;
    else if (x >= 0xf0 && x <= 0xf4) len = 4;
    let cp = -1;
    if (len === 1) cp = x;
    else if (len > 1 && b + len <= bytes.length) {
      cp = x & (len === 2 ? 0x1f : len === 3 ? 0x0f : 0x07);
      for (let t = 1; t < len; t++) {
        const y = bytes[b + t] as number;
        if ((y & 0xc0) !== 0x80) { cp = -1; break; }
        cp = (cp << 6) | (y & 0x3f);
      }
      if (cp >= 0 && ((len === 3 && cp < 0x800) || (len === 4 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff))) cp = -1;
    }
    if (cp < 0) {
      // not valid UTF-8: keep the escape as written
      const p = pos[b] as number;
      const hex = x.toString(16).toUpperCase().padStart(2, '0');
      out.push('%', hex.charAt(0), hex.charAt(1));
      starts.push(p, p + 1, p + 2);
      ident.push(false, false, false);
      b += 1;
      continue;
    }
    out.push(String.fromCodePoint(cp));
    starts.push(pos[b] as number);
    ident.push(false);
    b += len;
  }
}

/** Maps a view span back to the original text. */
export function toOriginal(view: TextView, start: number, end: number): [number, number] {
  if (!view.map) return [start, end];
  return [view.map[start] as number, view.map[end] as number];
}
