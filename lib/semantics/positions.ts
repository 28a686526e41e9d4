/**
 * Positions among same-tag siblings, for the `:nth-of-type` steps of CSS and XPath paths. Among
 * many siblings (rows of a long table) the positions of all children of a parent are counted in
 * one walk and kept until that parent's children change (the page index tells, see
 * page-index.ts); short runs are counted directly.
 */

/** Siblings counted directly before the kept positions are used. */
const SHORT_RUN = 8;

export class Positions {
  private kept = new WeakMap<Node, Map<Element, number>>();

  /** el's 1-based position among its siblings with the same tag, or 0 when it has none (as path.ts's typeIndex). */
  typeIndex(el: Element): number {
    const tag = el.localName;
    let before = 0;
    let steps = 0;
    let s = el.previousElementSibling;
    for (; s && steps < SHORT_RUN; s = s.previousElementSibling, steps++) if (s.localName === tag) before += 1;
    if (!s) {
      if (before) return before + 1;
      for (let n = el.nextElementSibling; n && steps < SHORT_RUN; n = n.nextElementSibling, steps++) if (n.localName === tag) return 1;
      if (steps < SHORT_RUN) return 0;
    }
    const parent = el.parentNode;
    if (!parent) return 0;
    let m = this.kept.get(parent);
    if (!m) {
      m = positionsIn(parent);
      this.kept.set(parent, m);
    }
    return m.get(el) ?? 0;
  }

  /** parent's children were added, removed or moved */
  changed(parent: Node): void {
    this.kept.delete(parent);
  }

  clear(): void {
    this.kept = new WeakMap();
  }
}

/** Each element child's position among same-tag siblings, 0 for a tag that occurs once. */
function positionsIn(parent: Node): Map<Element, number> {
  const counts = new Map<string, number>();
  const out = new Map<Element, number>();
  for (let c = (parent as ParentNode).firstElementChild; c; c = c.nextElementSibling) {
    const n = (counts.get(c.localName) ?? 0) + 1;
    counts.set(c.localName, n);
    out.set(c, n);
  }
  for (const [c, n] of out) if (n === 1 && counts.get(c.localName) === 1) out.set(c, 0);
  return out;
}
