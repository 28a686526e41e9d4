import type { CandidateStep, Target } from '../schema/step';
import { describeTarget, nameOf, roleOf } from '../semantics';
import { indexFor } from '../semantics/page-index';
import { type CaptureContext, listen, pageOf } from './context';
import { deepActiveElement, isEditable, isTextField } from './editable';
import { modifiersOf } from './modifiers';

const MODIFIER_KEYS = new Set(['Control', 'Alt', 'Shift', 'Meta', 'AltGraph', 'CapsLock', 'Fn', 'OS', 'Hyper', 'Super']);
const NAMED_KEYS: Record<string, string> = { ' ': 'Space', Esc: 'Escape', Del: 'Delete', Left: 'ArrowLeft', Right: 'ArrowRight', Up: 'ArrowUp', Down: 'ArrowDown' };
/** Widgets that use printable keys themselves (type-ahead), so a bare key there is not a shortcut. */
const TYPE_AHEAD_ROLES = new Set(['combobox', 'listbox', 'option', 'menu', 'menubar', 'menuitem', 'menuitemradio', 'menuitemcheckbox', 'tree', 'treeitem', 'grid', 'gridcell', 'treegrid', 'tablist', 'tab', 'radiogroup', 'radio', 'slider', 'spinbutton']);
/** A bare key followed by another within this time, with nothing changing on the page in between, is a sequence ('g i'). */
export const SEQUENCE_MS = 1000;
/** Chords are held this long to see their effect (a dialog opening, focus moving). */
const EFFECT_MS = 150;

export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
  isComposing?: boolean;
  altGraph?: boolean;
}

function mainKeyName(key: string): string {
  if (NAMED_KEYS[key]) return NAMED_KEYS[key]!;
  if (key.length === 1) return key.toUpperCase() === key.toLowerCase() ? key : key.toUpperCase();
  return key;
}

/**
 * The normalised chord of a keydown when it is a shortcut, else null.
 * A shortcut is a key pressed with Ctrl, Alt or Meta, or a single printable key outside an
 * editable field ('?', 'j'). Ordinary typing, Shift+letter in a field, AltGr characters and
 * IME composition are not shortcuts. Modifiers come in the order Ctrl+Alt+Shift+Meta; a letter
 * is upper-cased; Shift is kept for letters and named keys but dropped for symbols whose
 * character already says it ('?', not 'Shift+/').
 */
export function shortcutOf(e: KeyLike, inEditable: boolean): string | null {
  if (e.isComposing || MODIFIER_KEYS.has(e.key) || e.key === 'Unidentified' || e.key === 'Dead') return null;
  if (e.altGraph) return null;
  const chord = e.ctrlKey || e.altKey || e.metaKey;
  const printable = e.key.length === 1;
  if (!chord) {
    if (inEditable || !printable || e.key === ' ') return null;
    return e.shiftKey && /[a-z]/i.test(e.key) ? `Shift+${mainKeyName(e.key)}` : mainKeyName(e.key);
  }
  const mods = modifiersOf(e).filter((m) => !(m === 'Shift' && printable && !/[a-z0-9]/i.test(e.key)));
  // With Alt on macOS e.key is the composed character; the physical key names the chord better.
  let main = mainKeyName(e.key);
  if (e.altKey && printable && /^Key[A-Z]$/.test(e.code)) main = e.code.slice(3);
  else if (e.altKey && printable && /^Digit\d$/.test(e.code)) main = e.code.slice(5);
  return [...mods, main].join('+');
}

/** 'Ctrl+K' → 'Mod+K' on Windows/Linux, 'Meta+K' → 'Mod+K' on macOS; sequences part by part. */
export function portableKeys(keys: string, isMac: boolean): string {
  const primary = isMac ? 'Meta' : 'Ctrl';
  return keys.split(' ').map((chord) => chord.split('+').map((p, i, all) => (p === primary && i < all.length - 1 ? 'Mod' : p)).join('+')).join(' ');
}

const isSingleKey = (keys: string) => !/(Ctrl|Alt|Meta)\+/.test(keys);

/**
 * The open dialogs of the document: <dialog open> and [role=dialog|alertdialog] that are not
 * hidden. The candidates are kept by the page index until the page's structure changes.
 */
function openDialogs(doc: Document): Element[] {
  const all = indexFor(doc).list(':dialog', () => [
    ...Array.from(doc.getElementsByTagName('dialog')),
    ...Array.from(doc.querySelectorAll('[role=dialog]')),
    ...Array.from(doc.querySelectorAll('[role=alertdialog]')),
  ]);
  return all.filter((d) => {
    const role = d.getAttribute('role');
    const isDialog = role === 'dialog' || role === 'alertdialog' || (role === null && d.localName === 'dialog');
    return isDialog && (d.localName !== 'dialog' || (d as HTMLDialogElement).open) && !d.closest('[hidden],[aria-hidden=true]');
  });
}

interface Pending {
  parts: string[];
  code: string;
  inEditable: boolean;
  t: number;
  page: CandidateStep['page'];
  target: Target | null;
  focusBefore: Element | null;
  dialogsBefore: Element[];
  changed: boolean;
  observer: MutationObserver | null;
  timer: number;
}

/**
 * Keyboard shortcuts, recorded as normalised chords with the focused element as target. A
 * shortcut is held briefly so that its visible effect can be linked to it and so that bare-key
 * sequences ('g' then 'i') become one step; any other step flushes it first, keeping order.
 */
export function captureShortcuts(ctx: CaptureContext, flushInputs: () => void): { flush(): void } {
  const doc = ctx.win.document;
  const isMac = /Mac|iPhone|iPad/.test(ctx.win.navigator.platform || ctx.win.navigator.userAgent);
  let pending: Pending | null = null;

  const flush = () => {
    const p = pending;
    if (!p) return;
    pending = null;
    ctx.win.clearTimeout(p.timer);
    p.observer?.disconnect();
    const keys = p.parts.join(' ');
    const effect: { dialog?: { role: string; name: string }; focus?: { role: string; name: string } } = {};
    const dialog = openDialogs(doc).find((d) => !p.dialogsBefore.includes(d));
    if (dialog) effect.dialog = { role: roleOf(dialog), name: nameOf(dialog) };
    const focus = deepActiveElement(doc);
    if (focus && focus !== p.focusBefore && focus !== doc.body) effect.focus = { role: roleOf(focus), name: nameOf(focus) };
    ctx.emit({
      t: p.t,
      page: p.page,
      action: {
        kind: 'shortcut', keys, portable: portableKeys(keys, isMac), code: p.code, inEditable: p.inEditable,
        ...(effect.dialog || effect.focus ? { effect } : {}),
      },
      ...(p.target ? { target: p.target } : {}),
    });
  };

  listen(ctx, 'keydown', (e) => {
    // typing in a text field, with no shortcut held: nothing to do (the commonest key, so it is
    // told apart first, from the event alone; a field in a shadow root takes the long way)
    if (pending === null && !e.ctrlKey && !e.altKey && !e.metaKey && isTextField(e.target)) return;
    if (!ctx.active() || e.repeat) return;
    const focused = deepActiveElement(doc);
    const inEditable = isEditable(focused);
    // a type-ahead widget only matters for a bare printable key outside a text field
    const bare = !e.ctrlKey && !e.altKey && !e.metaKey && e.key.length === 1;
    const typeAhead = bare && !inEditable && !!focused && TYPE_AHEAD_ROLES.has(roleOf(focused));
    const keys = shortcutOf(
      { key: e.key, code: e.code, ctrlKey: e.ctrlKey, altKey: e.altKey, shiftKey: e.shiftKey, metaKey: e.metaKey, isComposing: e.isComposing, altGraph: e.getModifierState?.('AltGraph') ?? false },
      inEditable || typeAhead,
    );
    const extendsSequence = !!keys && !!pending && isSingleKey(keys) && isSingleKey(pending.parts.join(' ')) && !pending.changed && pending.parts.length < 3;
    // any other key ends a held shortcut first, so its effect is seen before the next key acts
    if (!extendsSequence) flush();
    if (!keys) return;
    if (pending && extendsSequence) {
      pending.parts.push(keys);
      pending.code = e.code;
      ctx.win.clearTimeout(pending.timer);
      pending.timer = ctx.win.setTimeout(flush, SEQUENCE_MS);
      return;
    }
    flush();
    flushInputs();
    const targetEl = focused && focused !== doc.body ? focused : null;
    const p: Pending = {
      parts: [keys], code: e.code, inEditable, t: Date.now(), page: pageOf(ctx.win),
      target: targetEl ? describeTarget(targetEl) : null,
      focusBefore: focused, dialogsBefore: openDialogs(doc), changed: false, observer: null, timer: 0,
    };
    if (isSingleKey(keys)) {
      // a bare key that changes nothing may be the start of a sequence
      p.observer = new MutationObserver(() => {
        p.changed = true;
        p.observer?.disconnect();
      });
      p.observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
    }
    p.timer = ctx.win.setTimeout(flush, isSingleKey(keys) ? SEQUENCE_MS : EFFECT_MS);
    pending = p;
  });
  ctx.win.addEventListener('pagehide', flush, { signal: ctx.signal });
  ctx.signal.addEventListener('abort', () => {
    pending?.observer?.disconnect();
    if (pending) ctx.win.clearTimeout(pending.timer);
    pending = null;
  });
  return { flush };
}
