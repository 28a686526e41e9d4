import { computeAccessibleDescription, computeAccessibleName } from 'dom-accessibility-api';

const MAX_NAME = 200;

/** Whitespace collapsed to single spaces and trimmed, as names and labels are compared. */
export function collapseSpace(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

function tidy(s: string): string {
  const t = collapseSpace(s);
  return t.length > MAX_NAME ? `${t.slice(0, MAX_NAME - 1)}…` : t;
}

/** Accessible name per AccName 1.2, whitespace-collapsed and bounded. */
export function nameOf(el: Element): string {
  try {
    return tidy(computeAccessibleName(el));
  } catch {
    return '';
  }
}

/** Accessible description; most elements have none, so skip AccName unless something can give one. */
export function descriptionOf(el: Element): string {
  if (!el.hasAttribute('aria-describedby') && !el.hasAttribute('aria-description') && !el.hasAttribute('title')) return '';
  try {
    return tidy(computeAccessibleDescription(el));
  } catch {
    return '';
  }
}
