import type { States } from '../schema';

function ariaTri(el: Element, attr: string): boolean | 'mixed' | undefined {
  const v = el.getAttribute(attr);
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (v === 'mixed') return 'mixed';
  return undefined;
}

function ariaBool(el: Element, attr: string): boolean | undefined {
  const v = ariaTri(el, attr);
  return v === 'mixed' ? undefined : v;
}

/** checked, expanded, selected, disabled, pressed and current, from native state first, then ARIA. */
export function statesOf(el: Element): States {
  const s: States = {};
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
    s.checked = el.indeterminate ? 'mixed' : el.checked;
  } else {
    const c = ariaTri(el, 'aria-checked');
    if (c !== undefined) s.checked = c;
  }
  if (el instanceof HTMLOptionElement) s.selected = el.selected;
  else {
    const sel = ariaBool(el, 'aria-selected');
    if (sel !== undefined) s.selected = sel;
  }
  const exp = ariaBool(el, 'aria-expanded');
  if (exp !== undefined) s.expanded = exp;
  else if (el.localName === 'summary' && el.parentElement instanceof HTMLDetailsElement) s.expanded = el.parentElement.open;
  const disabled = (el as HTMLButtonElement).disabled === true || el.matches(':disabled') || el.getAttribute('aria-disabled') === 'true';
  if (disabled) s.disabled = true;
  const pressed = ariaTri(el, 'aria-pressed');
  if (pressed !== undefined) s.pressed = pressed;
  const current = el.getAttribute('aria-current');
  if (current && current !== 'false') s.current = current;
  return s;
}
