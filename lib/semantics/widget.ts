import { nameOf, type Shown } from './name';
import { closestComposed, deepActiveElement } from './path';
import { indexFor } from './page-index';
import { roleOf } from './role';
import { candidates } from './unique';

/** The widget kinds a `select` step can name (see the Step schema). */
export type WidgetKind = 'listbox' | 'combobox' | 'menu' | 'tabs' | 'tree' | 'grid' | 'radio';

/** Roles of items that a person selects, and the roles of the widgets that own them. */
const ITEM_OWNERS: Record<string, { owners: readonly string[]; kind: WidgetKind }> = {
  option: { owners: ['listbox'], kind: 'listbox' },
  menuitem: { owners: ['menu', 'menubar'], kind: 'menu' },
  menuitemradio: { owners: ['menu', 'menubar'], kind: 'menu' },
  menuitemcheckbox: { owners: ['menu', 'menubar'], kind: 'menu' },
  tab: { owners: ['tablist'], kind: 'tabs' },
  treeitem: { owners: ['tree', 'treegrid'], kind: 'tree' },
  gridcell: { owners: ['grid', 'treegrid'], kind: 'grid' },
  radio: { owners: ['radiogroup'], kind: 'radio' },
};

export function isSelectableRole(role: string): boolean {
  return role in ITEM_OWNERS;
}

export interface WidgetInfo {
  kind: WidgetKind;
  /** the element that names the widget: the combobox, the menu button, the list itself */
  widgetEl: Element;
  /** the element that owns the items (listbox, menu, tablist …), when there is one */
  owner: Element | null;
  label: string;
  index: number;
  multi: boolean;
}

function rootOf(el: Element): Document | ShadowRoot {
  return el.getRootNode() as Document | ShadowRoot;
}


/** Does el point at `id` through one of the given ID-reference attributes? */
function refersTo(el: Element, id: string, attrs: readonly string[]): boolean {
  return attrs.some((a) => el.getAttribute(a)?.split(/\s+/).includes(id));
}

/** Elements of root with aria-haspopup, kept until the page's structure changes. */
function popupOpeners(root: Document | ShadowRoot): Element[] {
  return indexFor(root).list(':haspopup', () => Array.from(root.querySelectorAll('[aria-haspopup]')));
}

/** Elements of root that may be comboboxes, kept until the page's structure changes. */
function comboboxes(root: Document | ShadowRoot): Element[] {
  return indexFor(root).list('combobox', () => candidates(root, 'combobox'));
}

/**
 * The combobox that controls a listbox: by aria-controls / aria-owns (a combobox, or an
 * element with a popup), or by aria-activedescendant, else the combobox it is nested in. The
 * focused element and the last opener are asked first (in the APG patterns focus stays on the
 * combobox); then the page's comboboxes and popup openers (cached, see page-index.ts).
 */
function comboboxFor(listbox: Element, item: Element, near: readonly (Element | null)[]): Element | null {
  const controls = ['aria-controls', 'aria-owns'];
  for (const el of near) {
    if (!el || roleOf(el) !== 'combobox') continue;
    if ((listbox.id && refersTo(el, listbox.id, controls)) || (item.id && refersTo(el, item.id, ['aria-activedescendant']))) return el;
  }
  if (listbox.id) {
    const root = rootOf(listbox);
    for (const el of [...comboboxes(root), ...popupOpeners(root)]) {
      if (refersTo(el, listbox.id, controls) && (el.hasAttribute('aria-haspopup') || roleOf(el) === 'combobox')) return el;
    }
  }
  if (item.id) {
    for (const el of comboboxes(rootOf(item))) if (refersTo(el, item.id, ['aria-activedescendant']) && roleOf(el) === 'combobox') return el;
  }
  // a combobox that contains its popup listbox (some libraries nest them)
  return closestComposed(listbox, (e) => e !== listbox && roleOf(e) === 'combobox');
}

/** The button that opened a menu: by aria-controls, or the opener the caller remembered. */
function openerFor(menu: Element, lastOpener: Element | null): Element | null {
  if (menu.id) {
    const root = rootOf(menu);
    const b = popupOpeners(root).find((el) => refersTo(el, menu.id, ['aria-controls']))
      ?? root.querySelector(`[aria-controls~=${JSON.stringify(menu.id)}]`);
    if (b) return b;
  }
  const labelledBy = menu.getAttribute('aria-labelledby');
  if (labelledBy) {
    const b = rootOf(menu).getElementById?.(labelledBy.split(/\s+/)[0]!) ?? null;
    if (b) return b;
  }
  return lastOpener && lastOpener.isConnected ? lastOpener : null;
}

/** The group of a native radio: its fieldset, else the radio itself. */
function radioGroupOf(radio: Element): Element | null {
  return closestComposed(radio, (e) => roleOf(e) === 'radiogroup' || e.localName === 'fieldset');
}

function itemsOf(owner: Element, role: string): Element[] {
  const all = Array.from(owner.querySelectorAll(`[role=${role}]`));
  if (role === 'radio') all.push(...Array.from(owner.querySelectorAll('input[type=radio]')));
  if (all.length) return all;
  // items slotted into a shadow tree (Shoelace) live in the host's light DOM
  const host = (owner.getRootNode() as ShadowRoot).host;
  return host ? Array.from(host.querySelectorAll(`[role=${role}]`)) : [];
}

/**
 * What a selection of `item` means: which widget, named how, which index. `lastOpener` is the
 * last element with a popup that the person activated, used to name menus that have no name.
 */
export function widgetOf(item: Element, lastOpener: Element | null = null, shown?: Shown): WidgetInfo | null {
  const role = roleOf(item);
  const spec = ITEM_OWNERS[role];
  if (!spec) return null;
  const owner = role === 'radio' && item instanceof HTMLInputElement
    ? radioGroupOf(item)
    : closestComposed(item, (e) => e !== item && spec.owners.includes(roleOf(e)));
  let kind = spec.kind;
  let widgetEl: Element = owner ?? item;
  if (role === 'option' && owner) {
    // a popup listbox rendered in a portal may only be linked to its combobox by having been opened by it
    const opened = lastOpener?.isConnected && lastOpener.getAttribute('aria-expanded') === 'true'
      && /listbox|true/.test(lastOpener.getAttribute('aria-haspopup') ?? '') ? lastOpener : null;
    const combo = comboboxFor(owner, item, [deepActiveElement(item.ownerDocument), lastOpener]) ?? opened;
    if (combo) {
      kind = 'combobox';
      widgetEl = combo;
    }
  } else if (kind === 'menu' && owner) {
    // a menu is named and replayed through the button that opens it
    widgetEl = openerFor(owner, lastOpener) ?? owner;
  }
  const items = owner ? itemsOf(owner, role) : [item];
  return {
    kind,
    widgetEl,
    owner,
    label: nameOf(item, role, shown),
    index: items.indexOf(item),
    multi: owner?.getAttribute('aria-multiselectable') === 'true',
  };
}

/** The selectable item a composed event path starts in, if any (stopping at the body). */
export function selectableItemIn(path: readonly EventTarget[], role: (el: Element) => string = roleOf): Element | null {
  for (const t of path) {
    if (!(t instanceof Element)) continue;
    if (t.localName === 'body' || t.localName === 'html') return null;
    // only <option> and <input type=radio> are items without a role attribute
    if (!t.hasAttribute('role') && t.localName !== 'option' && t.localName !== 'input') continue;
    if (isSelectableRole(role(t))) return t;
  }
  return null;
}

/** The item a key press acts on: the focused item, or the focused widget's active descendant. */
export function keyboardItem(focused: Element | null): Element | null {
  if (!focused) return null;
  const active = focused.getAttribute('aria-activedescendant');
  if (active) {
    const el = rootOf(focused).getElementById?.(active) ?? focused.ownerDocument.getElementById(active);
    if (el && isSelectableRole(roleOf(el))) return el;
  }
  return isSelectableRole(roleOf(focused)) ? focused : null;
}

/** The item that is currently selected (aria-selected / aria-checked / checked) in an owner. */
export function selectedItemIn(owner: Element): Element | null {
  const css = '[aria-selected=true],[aria-checked=true],input[type=radio]:checked';
  const found = owner.querySelector(css);
  if (found) return found;
  const host = (owner.getRootNode() as ShadowRoot).host;
  return host ? host.querySelector(css) : null;
}

export function isDisabledItem(item: Element): boolean {
  return item.getAttribute('aria-disabled') === 'true' || (item as HTMLInputElement).disabled === true;
}
