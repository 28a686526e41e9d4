import type { CandidateStep, Target } from '../schema';
import { type RedactOptions, redactText } from './text';

export type RuleCounts = Record<string, number>;

function merge(into: RuleCounts, from: RuleCounts): void {
  for (const [k, n] of Object.entries(from)) into[k] = (into[k] ?? 0) + n;
}

function scrubTarget(t: Target, r: (s: string) => string): Target {
  const ctx: Target['context'] = {};
  for (const [k, v] of Object.entries(t.context) as [keyof Target['context'], { role: string; name: string }][]) {
    ctx[k] = { role: v.role, name: r(v.name) };
  }
  return {
    ...t,
    name: r(t.name),
    ...(t.description !== undefined ? { description: r(t.description) } : {}),
    selectors: t.selectors.map((s) => ({ ...s, value: r(s.value) })),
    shadowPath: t.shadowPath.map(r),
    context: ctx,
  };
}

/**
 * Passes every human-readable string of a candidate step through the text redactor: the
 * title, accessible names and descriptions, option labels, context names, selector values and
 * frame/shadow paths. Returns the scrubbed step and the rules that fired, never the removed text.
 * `opts` (policy custom patterns, a per-trajectory pseudonym key) is passed on to `redactText`.
 */
export function redactStep(step: CandidateStep, opts?: RedactOptions): { step: CandidateStep; rules: RuleCounts } {
  const rules: RuleCounts = {};
  const r = (s: string): string => {
    if (!s) return s;
    const out = redactText(s, opts);
    merge(rules, out.rules);
    return out.text;
  };
  const action = step.action;
  let scrubbedAction = action;
  if (action.kind === 'select') {
    scrubbedAction = {
      ...action,
      option: { label: r(action.option.label), index: action.option.index },
      ...(action.selected ? { selected: action.selected.map((o) => ({ label: r(o.label), index: o.index })) } : {}),
    };
  } else if (action.kind === 'input') {
    // the content script never sends typed values; if one arrives anyway it is not kept
    const { value, ...rest } = action;
    if (value !== undefined) rules['input.value-dropped'] = (rules['input.value-dropped'] ?? 0) + 1;
    if (rest.private) rules['field.private'] = (rules['field.private'] ?? 0) + 1;
    scrubbedAction = rest.private ? { ...rest, length: 0 } : rest;
  }
  const out: CandidateStep = {
    ...step,
    page: { ...step.page, title: r(step.page.title), path: r(step.page.path), frame: step.page.frame.map(r) },
    action: scrubbedAction,
    ...(step.target ? { target: scrubTarget(step.target, r) } : {}),
  };
  return { step: out, rules };
}
