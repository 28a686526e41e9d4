import { describeTarget } from '../semantics';
import { type CaptureContext, listen, pageOf } from './context';
import { isPrivateField, markEverPassword } from '../redact/private-field';
import { isTextField } from './editable';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

function fieldKind(el: Field): string {
  if (el instanceof HTMLTextAreaElement) return 'textarea';
  if (el instanceof HTMLInputElement) return el.type || 'text';
  return 'contenteditable';
}

function lengthOf(el: Field): number {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value.length;
  return (el.textContent ?? '').length;
}

/**
 * Text entry, recorded once per edit as the field's kind and the text's length, never the
 * text; for private fields (see redact/private-field) not even the length. An edit is flushed when the field loses focus or changes, before a submit, and when
 * the page is hidden.
 */
export function captureInput(ctx: CaptureContext): { flush(): void } {
  const dirty = new Set<Field>();

  const flushOne = (el: Field) => {
    if (!dirty.delete(el)) return;
    if (!ctx.active() || ctx.typing() === 'none') return;
    // A private field says only that something was typed: not even how much.
    const priv = isPrivateField(el, ctx.privateSelectors());
    ctx.emit({
      t: Date.now(),
      page: pageOf(ctx.win),
      action: { kind: 'input', inputType: fieldKind(el), length: priv ? 0 : lengthOf(el), ...(priv ? { private: true } : {}) },
      target: describeTarget(el),
    });
  };
  const flush = () => {
    for (const el of Array.from(dirty)) flushOne(el);
  };

  listen(ctx, 'input', (e) => {
    if (!ctx.active()) return;
    // an input or a textarea is never a shadow host: when it is the target, it is where the
    // event began (the commonest case, without building the event's path)
    const t = e.target;
    if (isTextField(t)) {
      dirty.add(t);
      return;
    }
    const el = e.composedPath()[0];
    if (!(el instanceof HTMLElement)) return;
    if (isTextField(el) || el.isContentEditable) dirty.add(el);
  });
  // a field that shows its password as text (type toggled) stays private
  listen(ctx, 'focusin', (e) => {
    const el = e.composedPath()[0];
    if (el instanceof HTMLInputElement && el.type === 'password') markEverPassword(el);
  });
  const onLeave = (e: Event) => {
    const el = e.composedPath()[0];
    if (el instanceof HTMLElement && dirty.has(el)) flushOne(el);
  };
  listen(ctx, 'change', onLeave);
  listen(ctx, 'focusout', onLeave);
  ctx.win.addEventListener('pagehide', flush, { signal: ctx.signal });
  return { flush };
}
