/**
 * The elements of a trusted pointer event's composed path: the browser hit the innermost one,
 * so none of them is `display: none` and their names need no style reads (see Shown in
 * semantics/name.ts). Not for a click a label forwards to its control, which may be hidden.
 */
export function shownBy(path: readonly EventTarget[]): ReadonlySet<Element> {
  const out = new Set<Element>();
  for (const t of path) if (t instanceof Element) out.add(t);
  return out;
}
