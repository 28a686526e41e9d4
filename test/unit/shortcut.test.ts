import { describe, expect, it } from 'vitest';
import { portableKeys, shortcutOf, type KeyLike } from '../../lib/capture/shortcut';

const key = (k: string, code: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k, code, ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...mods,
});

describe('shortcut normalisation', () => {
  it('names chords with modifiers in a fixed order and an upper-case letter', () => {
    expect(shortcutOf(key('k', 'KeyK', { ctrlKey: true }), false)).toBe('Ctrl+K');
    expect(shortcutOf(key('K', 'KeyK', { ctrlKey: true, shiftKey: true }), false)).toBe('Ctrl+Shift+K');
    expect(shortcutOf(key('k', 'KeyK', { metaKey: true }), false)).toBe('Meta+K');
    expect(shortcutOf(key('s', 'KeyS', { metaKey: true, ctrlKey: true, altKey: true }), false)).toBe('Ctrl+Alt+Meta+S');
  });

  it('counts chords inside editable fields too', () => {
    expect(shortcutOf(key('b', 'KeyB', { ctrlKey: true }), true)).toBe('Ctrl+B');
  });

  it('takes single printable keys as shortcuts only outside editable fields', () => {
    expect(shortcutOf(key('?', 'Slash', { shiftKey: true }), false)).toBe('?');
    expect(shortcutOf(key('j', 'KeyJ'), false)).toBe('J');
    expect(shortcutOf(key('J', 'KeyJ', { shiftKey: true }), false)).toBe('Shift+J');
    expect(shortcutOf(key('j', 'KeyJ'), true)).toBeNull();
    expect(shortcutOf(key('?', 'Slash', { shiftKey: true }), true)).toBeNull();
  });

  it('is not fooled by ordinary typing, modifiers alone, space, AltGr or IME composition', () => {
    expect(shortcutOf(key('Shift', 'ShiftLeft', { shiftKey: true }), false)).toBeNull();
    expect(shortcutOf(key('Control', 'ControlLeft', { ctrlKey: true }), false)).toBeNull();
    expect(shortcutOf(key(' ', 'Space'), false)).toBeNull();
    expect(shortcutOf(key('Enter', 'Enter'), false)).toBeNull();
    expect(shortcutOf(key('@', 'KeyQ', { ctrlKey: true, altKey: true, altGraph: true }), true)).toBeNull();
    expect(shortcutOf(key('a', 'KeyA', { isComposing: true, ctrlKey: true }), true)).toBeNull();
  });

  it('drops Shift for symbols whose character already carries it, keeps it for named keys', () => {
    expect(shortcutOf(key('?', 'Slash', { ctrlKey: true, shiftKey: true }), false)).toBe('Ctrl+?');
    expect(shortcutOf(key('Tab', 'Tab', { ctrlKey: true, shiftKey: true }), false)).toBe('Ctrl+Shift+Tab');
    expect(shortcutOf(key('ArrowUp', 'ArrowUp', { altKey: true }), false)).toBe('Alt+ArrowUp');
  });

  it('names Alt chords by the physical key when Alt composes a character (macOS)', () => {
    expect(shortcutOf(key('ß', 'KeyS', { altKey: true }), false)).toBe('Alt+S');
    expect(shortcutOf(key('¡', 'Digit1', { altKey: true }), false)).toBe('Alt+1');
  });
});

describe('portable chords', () => {
  it('writes the platform command modifier as Mod', () => {
    expect(portableKeys('Ctrl+K', false)).toBe('Mod+K');
    expect(portableKeys('Meta+K', true)).toBe('Mod+K');
    expect(portableKeys('Ctrl+K', true)).toBe('Ctrl+K');
    expect(portableKeys('Ctrl+Shift+P', false)).toBe('Mod+Shift+P');
    expect(portableKeys('G I', false)).toBe('G I');
    expect(portableKeys('Ctrl', false)).toBe('Ctrl');
  });
});
