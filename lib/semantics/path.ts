/** Small DOM helpers shared by the semantics modules. */

/**
 * The parent in the composed (flattened) tree: the slot an element is assigned to, else its
 * parent, else the host of its open shadow root. So a Shoelace <sl-option> climbs to the
 * listbox inside <sl-select>'s shadow root.
 */
export function parentAcrossShadow(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The elements of root with a tag: the document's cached live collection, or a query in a shadow root. */
export function byTag(root: Document | ShadowRoot, tag: string): ArrayLike<Element> {
  return 'getElementsByTagName' in root ? root.getElementsByTagName(tag) : root.querySelectorAll(tag);
}

/** The deepest focused element, across open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let a: Element | null = doc.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** closest() that also climbs out of open shadow roots. */
export function closestComposed(el: Element, test: (e: Element) => boolean): Element | null {
  for (let cur: Element | null = el; cur; cur = parentAcrossShadow(cur)) {
    if (test(cur)) return cur;
  }
  return null;
}

export function cssEscape(s: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);
}

/** A short CSS selector for a host or frame element, used in shadow and frame paths. */
export function shortSelector(el: Element): string {
  if (el.id) return `#${cssEscape(el.id)}`;
  const title = el.localName === 'iframe' || el.localName === 'frame' ? el.getAttribute('title') : null;
  if (title) return `${el.localName}[title="${title.replace(/"/g, '\\"')}"]`;
  const testId = el.getAttribute('data-testid');
  if (testId) return `[data-testid="${testId.replace(/"/g, '\\"')}"]`;
  const name = el.getAttribute('name');
  if (name) return `${el.localName}[name="${name.replace(/"/g, '\\"')}"]`;
  if (!el.parentNode) return el.localName;
  const n = typeIndex(el);
  return n ? `${el.localName}:nth-of-type(${n})` : el.localName;
}

/**
 * el's 1-based position among its siblings with the same tag, or 0 when it has none (no
 * arrays are built: rows of a long table are common targets).
 */
export function typeIndex(el: Element): number {
  const tag = el.localName;
  let before = 0;
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (s.localName === tag) before += 1;
  if (before) return before + 1;
  for (let s = el.nextElementSibling; s; s = s.nextElementSibling) if (s.localName === tag) return 1;
  return 0;
}

/** Selectors of the open shadow hosts from the document down to el's root. */
export function shadowPathOf(el: Element): string[] {
  const path: string[] = [];
  let root = el.getRootNode();
  while (root instanceof ShadowRoot) {
    path.unshift(shortSelector(root.host));
    root = root.host.getRootNode();
  }
  return path;
}

/**
 * The frame path from the top document: the selector of each iframe on the way down. Where a
 * parent is cross-origin its iframe cannot be seen, and the entry is the frame's own origin.
 */
export function framePathOf(win: Window): string[] {
  const path: string[] = [];
  let w: Window = win;
  while (w !== w.parent) {
    let frameEl: Element | null = null;
    try {
      frameEl = w.frameElement;
    } catch {
      frameEl = null;
    }
    path.unshift(frameEl ? shortSelector(frameEl) : `frame@${w.location.origin}`);
    w = w.parent;
  }
  return path;
}
