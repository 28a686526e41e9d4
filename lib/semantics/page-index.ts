/**
 * A per-root cache for the uniqueness checks (see unique.ts), kept correct by a MutationObserver:
 * - the candidate elements of each role (cleared when elements are added or removed, or a
 *   role-deciding attribute changes);
 * - each element's text content and the strings its name may be computed from (an element's
 *   entry is dropped when text or a naming attribute inside it changes), and per candidate list
 *   those strings joined, to find the candidates with a word in one search (joined.ts);
 * - per parent with many children, each child's position among same-tag siblings, for CSS and
 *   XPath paths (positions.ts; dropped when the parent's children change).
 *
 * Between two interactions most of a page stays as it was, so a check costs a walk over cached
 * strings instead of a query and a text read per candidate. Pending mutation records are taken
 * synchronously before every use, so a check never sees a stale entry.
 */

import { type Joined, joinEntries, someWith } from './joined';
import { Positions } from './positions';

type Root = Document | ShadowRoot;

/** Attributes a name may be computed from (on the element or, for name from content, inside it). */
export const NAMING_ATTRS = ['aria-label', 'title', 'placeholder', 'alt', 'value'] as const;
/** Attributes that selectors are made of (see selectors.ts), besides the naming ones. */
export const SELECTOR_ATTRS = ['data-testid'] as const;
/** Attributes that decide which elements can have which role. */
const ROLE_ATTRS = ['role', 'type', 'href', 'list', 'multiple', 'size', 'aria-haspopup'];
/** A batch larger than this drops the whole cache rather than being walked record by record. */
const MAX_RECORDS = 256;
/** An inserted subtree larger than this drops every text entry rather than being walked. */
const MAX_SUBTREE = 512;

export interface Entry {
  /** textContent */
  text: string;
  /** textContent with whitespace collapsed, computed on first use */
  flat?: string;
  /** text content and own naming attributes, the strings a name may contain */
  hay: string;
  /** the name may come from elsewhere (aria-labelledby on it or inside it) */
  always: boolean;
  /** set when the element's text or naming attributes changed: ask `entry()` again */
  stale: boolean;
}

export class RootIndex {
  private readonly lists = new Map<string, Element[]>();
  /** entries in the order of a list, for loops over many candidates */
  private readonly aligned = new Map<string, Entry[]>();
  /** per list: the naming strings of all its entries in one string, to find a word with one search */
  private readonly joined = new Map<string, Joined>();
  private entries = new WeakMap<Node, Entry>();
  /** positions among same-tag siblings, per parent with many children (positions.ts) */
  private readonly positions = new Positions();
  private readonly observer: MutationObserver;

  constructor(private readonly root: Root) {
    this.observer = new MutationObserver((records) => this.apply(records));
    this.observer.observe(root, {
      subtree: true, childList: true, characterData: true, attributes: true,
      attributeFilter: [...ROLE_ATTRS, ...NAMING_ATTRS, ...SELECTOR_ATTRS, 'aria-labelledby'],
    });
  }

  /** Applies the mutations not yet delivered to the observer. */
  sync(): void {
    const pending = this.observer.takeRecords();
    if (pending.length) this.apply(pending);
  }

  disconnect(): void {
    this.observer.disconnect();
  }

  /** The elements of the root that have attribute `name` (kept like the role lists, and until that attribute changes). */
  withAttr(name: string): Element[] {
    return this.list(`@${name}`, () => Array.from(this.root.querySelectorAll(`[${name}]`)));
  }

  /**
   * The entries of list `key` (as returned by `list`), in its order. An entry that went stale
   * since must be replaced by `entry(el)` by the caller (see unique.ts).
   */
  entriesFor(key: string, els: readonly Element[]): Entry[] {
    let a = this.aligned.get(key);
    if (!a || a.length !== els.length) {
      a = els.map((e) => this.entry(e));
      this.aligned.set(key, a);
    }
    return a;
  }

  /**
   * Whether `test` holds for an element of list `key` (as returned by `list`) whose naming
   * strings (`Entry.hay`) contain `word`, or that is named from elsewhere (`Entry.always`);
   * `test` gets its position in the list and is asked in list order until it holds. One search
   * over the list's strings joined, instead of a look at each element; the joined string is
   * rebuilt only when an entry of the list has changed.
   */
  some(key: string, els: readonly Element[], word: string, test: (i: number) => boolean): boolean {
    // every string contains the empty word (a name that is only '…')
    if (word === '') return els.some((_, i) => test(i));
    return someWith(this.joinedFor(key, els), word, test);
  }

  private joinedFor(key: string, els: readonly Element[]): Joined {
    const entries = this.entriesFor(key, els);
    let j = this.joined.get(key);
    if (j && j.of !== entries) j = undefined;
    if (j && j.version === this.version) return j;
    // changes since, but no entry went stale anywhere: still right, without a look at each
    if (j && j.drops === this.drops) {
      j.version = this.version;
      return j;
    }
    let fresh = !!j;
    for (let i = 0; i < entries.length; i++) {
      if (!entries[i]!.stale) continue;
      entries[i] = this.entry(els[i]!);
      fresh = false;
    }
    if (j && fresh) {
      j.version = this.version;
      j.drops = this.drops;
      return j;
    }
    j = joinEntries(entries, this.version, this.drops);
    this.joined.set(key, j);
    return j;
  }

  /** The elements that may have `role`, built once by `build` until the DOM's structure changes. */
  list(role: string, build: () => Element[]): Element[] {
    let l = this.lists.get(role);
    if (!l) {
      l = build();
      this.lists.set(role, l);
    }
    return l;
  }

  entry(el: Element): Entry {
    let e = this.entries.get(el);
    if (!e) {
      const text = el.textContent ?? '';
      let hay = text + attrsOf(el);
      let always = el.hasAttribute('aria-labelledby');
      // name from content also takes the names of what is inside (an image's alt …); a walk,
      // not a query: a selector query per element costs tens of times more on a large page
      for (let d = el.firstElementChild; d; d = next(d, el)) {
        if (!d.hasAttributes()) continue;
        hay += attrsOf(d);
        if (d.hasAttribute('aria-labelledby')) always = true;
      }
      e = { text, hay, always, stale: false };
      this.entries.set(el, e);
    }
    return e;
  }

  /** el's position among same-tag siblings for CSS and XPath paths (positions.ts). */
  typeIndex(el: Element): number {
    return this.positions.typeIndex(el);
  }

  /** Counts the entries dropped (gone stale) so far. */
  private drops = 0;

  /** Counts the batches of changes seen (text, naming and role attributes, structure). */
  version = 0;

  private apply(records: MutationRecord[]): void {
    this.version += 1;
    if (records.length > MAX_RECORDS) {
      this.clearLists();
      this.entries = new WeakMap();
      this.positions.clear();
      return;
    }
    for (const r of records) {
      if (r.type === 'childList') {
        this.positions.changed(r.target);
        if (this.lists.size && (hasElement(r.addedNodes) || hasElement(r.removedNodes))) this.clearLists();
        this.dropUp(r.target);
        // an inserted subtree may have changed while it was detached (recycled list rows)
        for (let i = 0; i < r.addedNodes.length; i++) this.dropSubtree(r.addedNodes[i]!);
      } else if (r.type === 'characterData') {
        this.dropUp(r.target.parentNode);
      } else if (r.attributeName && ROLE_ATTRS.includes(r.attributeName)) {
        this.clearLists();
        if (r.attributeName === 'type') this.dropUp(r.target);
      } else {
        if (r.attributeName) this.lists.delete(`@${r.attributeName}`); // attribute lists have no aligned entries
        this.dropUp(r.target);
      }
    }
  }

  private clearLists(): void {
    this.lists.clear();
    this.aligned.clear();
    this.joined.clear();
  }

  private drop(n: Node): void {
    const e = this.entries.get(n);
    if (!e) return;
    e.stale = true;
    this.entries.delete(n);
    this.drops += 1;
  }

  private dropSubtree(n: Node): void {
    if (n.nodeType !== 1) return;
    this.drop(n);
    const all = (n as Element).getElementsByTagName('*');
    if (all.length > MAX_SUBTREE) {
      this.entries = new WeakMap();
      this.aligned.clear();
      this.joined.clear();
      return;
    }
    for (let i = 0; i < all.length; i++) this.drop(all[i]!);
  }

  /** Drops the entries of n and its ancestors up to the root: their text has changed. */
  private dropUp(n: Node | null): void {
    for (let cur = n; cur && cur !== this.root; cur = cur.parentNode) this.drop(cur);
  }
}

/** The element after d in a depth-first walk of top's subtree, or null. */
function next(d: Element, top: Element): Element | null {
  if (d.firstElementChild) return d.firstElementChild;
  for (let cur: Element | null = d; cur && cur !== top; cur = cur.parentElement) {
    if (cur.nextElementSibling) return cur.nextElementSibling;
  }
  return null;
}

function attrsOf(el: Element): string {
  let s = '';
  for (const a of NAMING_ATTRS) {
    const v = el.getAttribute(a);
    if (v) s += `\n${v}`;
  }
  return s;
}

function hasElement(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) if (nodes[i]!.nodeType === 1) return true;
  return false;
}

let indexes = new WeakMap<Root, RootIndex>();
/** every index made, to stop them all; weak, so a removed shadow root's index can go */
let made: WeakRef<RootIndex>[] = [];

/** The index of root, synced with the DOM. */
export function indexFor(root: Root): RootIndex {
  let ix = indexes.get(root);
  if (!ix) {
    ix = new RootIndex(root);
    indexes.set(root, ix);
    made = made.filter((r) => r.deref() !== undefined);
    made.push(new WeakRef(ix));
  } else {
    ix.sync();
  }
  return ix;
}

/** Stops observing and forgets every root (when capture stops). */
export function resetIndexes(): void {
  for (const r of made) r.deref()?.disconnect();
  made = [];
  indexes = new WeakMap();
}
