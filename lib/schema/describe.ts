import type { Step } from './step';

/** One line per step (kind, role "name" of the target, the action's detail): for summaries and tests. */
export function describeStep(s: Step): string {
  const target = s.target ? ` ${s.target.role} "${s.target.name}"` : '';
  const a = s.action;
  switch (a.kind) {
    case 'navigate':
      return `navigate ${a.via} ${a.to}`;
    case 'click':
      return `click${target}${s.target?.states.checked !== undefined ? (s.target.states.checked ? ' checked' : ' unchecked') : ''}`;
    case 'input':
      return `input${target} ${a.inputType}`;
    case 'select':
      return `select${target} ${a.widget} ${(a.selected ?? [a.option]).map((o) => o.label).join('|')}`;
    case 'shortcut':
      return `shortcut${target} ${a.keys}`;
    case 'submit':
      return `submit${target}`;
    case 'toggle':
      return `toggle${target} ${a.checked}`;
  }
}
