import type { Step } from '../schema';
import { describeTarget, nameOf, roleOf } from '../semantics';
import { closestComposed } from '../semantics/path';
import { type CaptureContext, listen, pageOf } from './context';

type Widget = Extract<Step['action'], { kind: 'select' }>['widget'];

function optionLabel(o: HTMLOptionElement): string {
  return (o.label || o.text).replace(/\s+/g, ' ').trim();
}

/** A native <select> changed: one `select` step with the chosen option's label. */
function onNativeChange(ctx: CaptureContext, sel: HTMLSelectElement): void {
  const chosen = Array.from(sel.selectedOptions);
  const first = chosen[0];
  ctx.emit({
    t: Date.now(),
    page: pageOf(ctx.win),
    action: {
      kind: 'select',
      option: first ? { label: optionLabel(first), index: first.index } : { label: '', index: -1 },
      ...(sel.multiple ? { selected: chosen.map((o) => ({ label: optionLabel(o), index: o.index })) } : {}),
      multi: sel.multiple,
      widget: 'native',
    },
    target: describeTarget(sel),
  });
}

function ownerOf(option: Element): Element | null {
  return closestComposed(option, (e) => e !== option && ['listbox', 'menu', 'tree', 'grid', 'tablist', 'radiogroup'].includes(roleOf(e)));
}

/** The combobox that controls a listbox, found through aria-controls / aria-owns on the same root. */
function comboboxFor(listbox: Element): Element | null {
  if (!listbox.id) return null;
  const root = listbox.getRootNode() as Document | ShadowRoot;
  const id = JSON.stringify(listbox.id);
  return root.querySelector(`[role=combobox][aria-controls=${id}],[role=combobox][aria-owns=${id}],[aria-haspopup=listbox][aria-controls=${id}]`);
}

/** True for an ARIA option inside a listbox: its click is recorded as a `select`. */
export function isOptionClick(el: Element): boolean {
  return roleOf(el) === 'option' && !(el instanceof HTMLOptionElement);
}

function onOptionClick(ctx: CaptureContext, option: Element): void {
  const listbox = ownerOf(option);
  const combobox = listbox ? comboboxFor(listbox) : null;
  const widgetEl = combobox ?? listbox ?? option;
  const widget: Widget = combobox ? 'combobox' : 'listbox';
  const options = listbox ? Array.from(listbox.querySelectorAll('[role=option]')) : [option];
  const multi = listbox?.getAttribute('aria-multiselectable') === 'true';
  ctx.emit({
    t: Date.now(),
    page: pageOf(ctx.win),
    action: { kind: 'select', option: { label: nameOf(option), index: options.indexOf(option) }, multi, widget },
    target: describeTarget(widgetEl),
  });
}

/** Selections: native selects on change, ARIA listbox options on click. */
export function captureSelections(ctx: CaptureContext): void {
  listen(ctx, 'change', (e) => {
    if (!ctx.active()) return;
    const el = e.composedPath()[0];
    if (el instanceof HTMLSelectElement) onNativeChange(ctx, el);
  });
  listen(ctx, 'click', (e) => {
    if (!ctx.active()) return;
    for (const t of e.composedPath()) {
      if (!(t instanceof Element)) continue;
      if (isOptionClick(t)) {
        if (t.getAttribute('aria-disabled') !== 'true') onOptionClick(ctx, t);
        return;
      }
      if (t.localName === 'body') return;
    }
  });
}
