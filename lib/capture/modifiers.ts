import type { Modifier } from '../schema';

/** Modifiers held during an event, in the fixed order Ctrl, Alt, Shift, Meta. */
export function modifiersOf(e: { ctrlKey: boolean; altKey: boolean; shiftKey: boolean; metaKey: boolean }): Modifier[] {
  const m: Modifier[] = [];
  if (e.ctrlKey) m.push('Ctrl');
  if (e.altKey) m.push('Alt');
  if (e.shiftKey) m.push('Shift');
  if (e.metaKey) m.push('Meta');
  return m;
}
