import { z } from 'zod';

/** One ranked way to find the element again, best first (Playwright codegen order). */
export const SelectorSchema = z.object({
  kind: z.enum(['testid', 'role', 'placeholder', 'label', 'alt', 'text', 'title', 'css', 'xpath']),
  value: z.string().min(1),
  /** true when the selector matched exactly one element in its root when the step was recorded */
  unique: z.boolean(),
});
export type Selector = z.infer<typeof SelectorSchema>;

export const StatesSchema = z.object({
  checked: z.union([z.boolean(), z.literal('mixed')]).optional(),
  expanded: z.boolean().optional(),
  selected: z.boolean().optional(),
  disabled: z.boolean().optional(),
  pressed: z.union([z.boolean(), z.literal('mixed')]).optional(),
  current: z.string().optional(),
});
export type States = z.infer<typeof StatesSchema>;

/** A named ancestor: the landmark, dialog, form or owning widget around the target. */
export const NamedRefSchema = z.object({ role: z.string(), name: z.string() });

export const TargetSchema = z.object({
  role: z.string(),
  name: z.string(),
  description: z.string().optional(),
  tag: z.string(),
  states: StatesSchema,
  selectors: z.array(SelectorSchema).min(1),
  /** selectors of the open shadow hosts from the document down to the target's root */
  shadowPath: z.array(z.string()),
  context: z.object({
    landmark: NamedRefSchema.optional(),
    dialog: NamedRefSchema.optional(),
    form: NamedRefSchema.optional(),
    listbox: NamedRefSchema.optional(),
  }),
});
export type Target = z.infer<typeof TargetSchema>;

export const ModifierSchema = z.enum(['Ctrl', 'Alt', 'Shift', 'Meta']);
export type Modifier = z.infer<typeof ModifierSchema>;

export const OptionRefSchema = z.object({
  label: z.string(),
  index: z.number().int().min(-1),
  value: z.string().optional(),
});

export const ClickActionSchema = z.object({
  kind: z.literal('click'),
  button: z.enum(['left', 'middle', 'right']),
  modifiers: z.array(ModifierSchema),
  count: z.number().int().min(1),
});
export const SelectActionSchema = z.object({
  kind: z.literal('select'),
  /** the option chosen (for a multi-select: the first selected one) */
  option: OptionRefSchema,
  /** every selected option, for multi-selects */
  selected: z.array(OptionRefSchema).optional(),
  multi: z.boolean(),
  widget: z.enum(['native', 'listbox', 'combobox', 'menu', 'tabs', 'tree', 'grid', 'radio', 'datalist']),
});
export const ShortcutActionSchema = z.object({
  kind: z.literal('shortcut'),
  /**
   * normalised chord as pressed, modifiers in the order Ctrl+Alt+Shift+Meta, e.g. 'Ctrl+Shift+K'
   * or '?'; a key sequence is space-separated, e.g. 'G I'
   */
  keys: z.string().min(1),
  /** the same with the platform's command modifier written 'Mod' (Ctrl on Windows/Linux, Meta on macOS) */
  portable: z.string().min(1),
  /** KeyboardEvent.code of the (last) main key, layout independent */
  code: z.string(),
  inEditable: z.boolean(),
  /** what the shortcut visibly did, where that was cheap to see: a dialog opened, focus moved */
  effect: z.object({ dialog: NamedRefSchema.optional(), focus: NamedRefSchema.optional() }).optional(),
});
export const InputActionSchema = z.object({
  kind: z.literal('input'),
  /** the kind of field: its input type ('text', 'email', 'password' …), 'textarea' or 'contenteditable' */
  inputType: z.string(),
  /** number of characters in the field after the edit; the text itself is not recorded */
  length: z.number().int().min(0),
  /** a private field (password, one-time code, card data, marked private by page or policy): length is 0 */
  private: z.boolean().optional(),
  /** only when policy asks for redacted values; never for private fields */
  value: z.string().optional(),
});
export const ToggleActionSchema = z.object({ kind: z.literal('toggle'), checked: z.boolean() });
export const SubmitActionSchema = z.object({ kind: z.literal('submit') });
export const NavigateActionSchema = z.object({
  kind: z.literal('navigate'),
  /** sanitised path of the new location */
  to: z.string(),
  via: z.enum(['load', 'reload', 'back_forward', 'history', 'hash']),
});

export const ActionSchema = z.discriminatedUnion('kind', [
  ClickActionSchema,
  SelectActionSchema,
  ShortcutActionSchema,
  InputActionSchema,
  ToggleActionSchema,
  SubmitActionSchema,
  NavigateActionSchema,
]);
export type Action = z.infer<typeof ActionSchema>;
export type ActionKind = Action['kind'];

export const PageSchema = z.object({
  origin: z.string(),
  /** path with query values and fragment removed */
  path: z.string(),
  title: z.string(),
  /** frame path from the top document: one entry per iframe, empty in the top frame */
  frame: z.array(z.string()),
});
export type Page = z.infer<typeof PageSchema>;

export const RedactionReportSchema = z.object({
  /** rule id → how many times it fired on this step; never the removed text */
  rules: z.record(z.string(), z.number().int().min(0)),
});

/** What the content script proposes; the background adds identity, order and the redaction report. */
export const CandidateStepSchema = z.object({
  /** chosen by the content script (UUIDv7) so that a retried message is stored once */
  id: z.string().min(1).max(64),
  t: z.number(),
  page: PageSchema,
  action: ActionSchema,
  /** absent for page-level steps (navigate) */
  target: TargetSchema.optional(),
});
export type CandidateStep = z.infer<typeof CandidateStepSchema>;

export const StepSchema = CandidateStepSchema.extend({
  v: z.literal(1),
  deviceId: z.string().min(1),
  seq: z.number().int().min(1),
  sessionId: z.string().min(1),
  redaction: RedactionReportSchema,
});
export type Step = z.infer<typeof StepSchema>;
