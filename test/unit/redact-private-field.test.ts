import { describe, expect, it } from 'vitest';
import { EVER_PASSWORD_ATTR, isPrivateField, markEverPassword, PRIVATE_ATTR } from '../../lib/redact/private-field';

// Neither happy-dom nor jsdom is installed, so the test uses minimal fake elements that
// implement exactly what isPrivateField calls: matches, closest, getAttribute and type.

interface Fake {
  tag: string;
  attrs: Record<string, string>;
  parent: Fake | null;
  type?: string;
  matches(sel: string): boolean;
  closest(sel: string): Fake | null;
  getAttribute(name: string): string | null;
}

/** Supports: tag, #id, .class, [attr], [attr="v"], compounds of those, and "A B" descendants. */
function matchSimple(el: Fake, sel: string): boolean {
  const re = /^([a-z][a-z0-9-]*)?((?:#[\w-]+|\.[\w-]+|\[[\w-]+(?:="[^"]*")?\])*)$/i;
  const m = re.exec(sel);
  if (!m) throw new SyntaxError(`'${sel}' is not a valid selector`);
  if (m[1] && m[1].toLowerCase() !== el.tag) return false;
  for (const part of (m[2] ?? '').match(/#[\w-]+|\.[\w-]+|\[[^\]]+\]/g) ?? []) {
    if (part.startsWith('#') && el.attrs.id !== part.slice(1)) return false;
    if (part.startsWith('.') && !(el.attrs.class ?? '').split(/\s+/).includes(part.slice(1))) return false;
    if (part.startsWith('[')) {
      const [, name, value] = /^\[([\w-]+)(?:="([^"]*)")?\]$/.exec(part) as RegExpExecArray;
      if (!(name as string in el.attrs)) return false;
      if (value !== undefined && el.attrs[name as string] !== value) return false;
    }
  }
  return true;
}

function make(tag: string, attrs: Record<string, string> = {}, parent: Fake | null = null): Fake {
  const el: Fake = {
    tag,
    attrs,
    parent,
    type: tag === 'input' ? (attrs.type ?? 'text').toLowerCase() : undefined,
    matches(sel: string) {
      const parts = sel.trim().split(/\s+/);
      if (parts.some((p) => !p)) throw new SyntaxError('bad');
      if (!matchSimple(el, parts[parts.length - 1] as string)) return false;
      let anc = el.parent;
      for (let i = parts.length - 2; i >= 0; i--) {
        while (anc && !matchSimple(anc, parts[i] as string)) anc = anc.parent;
        if (!anc) return false;
        anc = anc.parent;
      }
      return true;
    },
    closest(sel: string) {
      for (let n: Fake | null = el; n; n = n.parent) if (n.matches(sel)) return n;
      return null;
    },
    getAttribute(name: string) {
      return name in attrs ? (attrs[name] as string) : null;
    },
  };
  return el;
}

const asEl = (f: Fake) => f as unknown as Element;

describe('isPrivateField', () => {
  const form = make('form', { id: 'checkout' });

  it('treats password inputs, and inputs that were ever password, as private', () => {
    expect(isPrivateField(asEl(make('input', { type: 'password' }, form)), [])).toBe(true);
    expect(isPrivateField(asEl(make('input', { type: 'PASSWORD' }, form)), [])).toBe(true);
    const toggled = make('input', { type: 'password' }, form);
    markEverPassword(asEl(toggled));
    toggled.type = 'text'; // "show password"
    toggled.attrs.type = 'text';
    expect(isPrivateField(asEl(toggled), [])).toBe(true);
    expect(isPrivateField(asEl(make('input', { type: 'text', [EVER_PASSWORD_ATTR]: '' }, form)), [])).toBe(true);
    expect(isPrivateField(asEl(make('input', { type: 'text' }, form)), [])).toBe(false);
  });

  it('uses autocomplete tokens for cards, one-time codes and passwords', () => {
    for (const ac of ['cc-number', 'cc-csc', 'cc-exp', 'cc-exp-month', 'billing cc-name', 'one-time-code', 'new-password', 'section-a current-password']) {
      expect(isPrivateField(asEl(make('input', { autocomplete: ac }, form)), [])).toBe(true);
    }
    for (const ac of ['email', 'name', 'off', 'shipping street-address']) {
      expect(isPrivateField(asEl(make('input', { autocomplete: ac }, form)), [])).toBe(false);
    }
  });

  it('honours data-waypoint-private on the element or an ancestor', () => {
    const box = make('div', { [PRIVATE_ATTR]: '' }, form);
    expect(isPrivateField(asEl(make('input', {}, box)), [])).toBe(true);
    expect(isPrivateField(asEl(make('textarea', { [PRIVATE_ATTR]: 'true' }, form)), [])).toBe(true);
  });

  it('applies policy privateSelectors to the element and its ancestors, ignoring invalid ones', () => {
    const record = make('section', { class: 'patient-record' }, form);
    const field = make('input', { id: 'diagnosis' }, record);
    expect(isPrivateField(asEl(field), ['.patient-record'])).toBe(true);
    expect(isPrivateField(asEl(field), ['#diagnosis'])).toBe(true);
    expect(isPrivateField(asEl(field), ['form .patient-record'])).toBe(true);
    expect(isPrivateField(asEl(field), ['.other'])).toBe(false);
    expect(isPrivateField(asEl(field), ['[[invalid', '', '.patient-record'])).toBe(true);
    expect(isPrivateField(asEl(field), ['[[invalid'])).toBe(false);
  });

  it('fails closed when the element misbehaves', () => {
    const broken = {
      getAttribute() {
        throw new Error('detached');
      },
    };
    expect(isPrivateField(broken as unknown as Element, [])).toBe(true);
  });
});
