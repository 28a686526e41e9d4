import { describeTarget } from '../semantics';
import { type CaptureContext, listen, pageOf } from './context';
import { deepActiveElement, isEditable } from './editable';
import { modifiersOf } from './modifiers';

const MODIFIER_KEYS = new Set(['Control', 'Alt', 'Shift', 'Meta', 'AltGraph', 'CapsLock', 'Fn', 'OS', 'Hyper', 'Super']);
const NAMED_KEYS: Record<string, string> = { ' ': 'Space', Esc: 'Escape', Del: 'Delete', Left: 'ArrowLeft', Right: 'ArrowRight', Up: 'ArrowUp', Down: 'ArrowDown' };

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

/** Keyboard shortcuts, recorded as normalised chords with the focused element as target. */
export function captureShortcuts(ctx: CaptureContext): void {
  listen(ctx, 'keydown', (e) => {
    if (!ctx.active() || e.repeat) return;
    const focused = deepActiveElement(ctx.win.document);
    const inEditable = isEditable(focused);
    const keys = shortcutOf({ ...pick(e), altGraph: e.getModifierState?.('AltGraph') ?? false }, inEditable);
    if (!keys) return;
    const targetEl = focused && focused !== ctx.win.document.body ? focused : null;
    ctx.emit({
      t: Date.now(),
      page: pageOf(ctx.win),
      action: { kind: 'shortcut', keys, code: e.code, inEditable },
      ...(targetEl ? { target: describeTarget(targetEl) } : {}),
    });
  });
}

function pick(e: KeyboardEvent): KeyLike {
  return { key: e.key, code: e.code, ctrlKey: e.ctrlKey, altKey: e.altKey, shiftKey: e.shiftKey, metaKey: e.metaKey, isComposing: e.isComposing };
}
