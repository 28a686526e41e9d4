import { describe, expect, it } from 'vitest';
import { compileCustomPattern, compileCustomPatterns, hasNestedQuantifier } from '../../lib/redact/detectors/custom';
import { FAIL_CLOSED, MAX_INPUT_CHARS, redactText } from '../../lib/redact/text';

describe('redactText contract', () => {
  it('returns the text unchanged with no rules when nothing is found', () => {
    expect(redactText('Save invoice')).toEqual({ text: 'Save invoice', rules: {} });
    expect(redactText('')).toEqual({ text: '', rules: {} });
  });

  it('replaces with typed placeholders and counts rules, never the removed text', () => {
    const r = redactText('Mail jane@example.com or bob@example.org, card 4111 1111 1111 1111, key AKIAIOSFODNN7EXAMPLE');
    expect(r.text).toBe('Mail [EMAIL] or [EMAIL], card [CARD], key [SECRET]');
    expect(r.rules).toEqual({ email: 2, card: 1, 'secret.aws': 1 });
    expect(JSON.stringify(r.rules)).not.toContain('jane');
  });

  it('handles URL-encoded values and replaces the encoded form', () => {
    const r = redactText('https://crm.example.com/x?mail=jane.doe%40gmail.com&to=%2B14155550132&name=Jane+Doe');
    expect(r.text).toBe('https://crm.example.com/x?mail=[EMAIL]&to=[PHONE]&name=[PERSON]');
  });

  it('resolves overlaps: the merged region is replaced once, named after the strongest detector', () => {
    // a GitHub token that also looks like the local part of an e-mail address
    const r = redactText('git clone https://ghp_abcdefghijklmnopqrstuvwxyz0123456789@github.com/org/repo');
    expect(r.text).not.toContain('ghp_');
    expect(r.rules['secret.github']).toBe(1);
  });

  it('fails closed on invalid input instead of throwing', () => {
    expect(redactText(undefined as unknown as string)).toEqual({ text: '[REDACTED]', rules: { 'redactor.error': 1 } });
    expect(redactText('jane@example.com', { pseudonymKey: '' })).toEqual({ text: '[REDACTED]', rules: { 'redactor.error': 1 } });
    expect(FAIL_CLOSED.text).toBe('[REDACTED]');
  });

  it('fails closed on inputs longer than the limit', () => {
    const r = redactText('a '.repeat(MAX_INPUT_CHARS));
    expect(r).toEqual({ text: '[REDACTED]', rules: { 'redactor.too-long': 1 } });
  });

  it('is idempotent on its own placeholders', () => {
    for (const s of ['[EMAIL] [PHONE] [CUSTOM:x] [REDACTED] [EMAIL:3f9a1c]', 'Owner: [PERSON]', 'DOB [DOB]']) {
      expect(redactText(s).text).toBe(s);
    }
  });

  it('can switch detectors off', () => {
    expect(redactText('Owner: Jane Doe', { disable: ['person'] }).text).toBe('Owner: Jane Doe');
  });
});

describe('keyed pseudonyms', () => {
  it('maps one value to one token per key, and different values to different tokens', () => {
    const opts = { pseudonymKey: 'trajectory-key-1' };
    const a = redactText('from jane@example.com to bob@example.com, cc JANE@example.com', opts).text;
    const m = a.match(/\[EMAIL:[0-9a-f]{6}\]/g) as string[];
    expect(m).toHaveLength(3);
    expect(m[0]).toBe(m[2]); // case-insensitive e-mail normalisation
    expect(m[0]).not.toBe(m[1]);
    // the encoded form of the same address gets the same token
    const b = redactText('https://x.io/?u=jane%40example.com', opts).text;
    expect(b).toContain(m[0] as string);
    // another key, another token
    const c = redactText('jane@example.com', { pseudonymKey: 'trajectory-key-2' }).text;
    expect(c).not.toContain(m[0] as string);
    // byte keys work as well
    expect(redactText('jane@example.com', { pseudonymKey: new Uint8Array([1, 2, 3]) }).text).toMatch(/^\[EMAIL:[0-9a-f]{6}\]$/);
  });

  it('keeps the type in the token and is idempotent', () => {
    const opts = { pseudonymKey: 'k' };
    const once = redactText('Call +1 (415) 555-0132, IBAN DE89 3704 0044 0532 0130 00', opts).text;
    expect(once).toMatch(/^Call \[PHONE:[0-9a-f]{6}\], IBAN \[IBAN:[0-9a-f]{6}\]$/);
    expect(redactText(once, opts).text).toBe(once);
  });
});

describe('custom patterns from policy', () => {
  it('compiles valid patterns and reports invalid ones as values', () => {
    const { patterns, errors } = compileCustomPatterns([
      { id: 'employee-id', pattern: 'EMP-\\d{6}' },
      { id: 'project', pattern: 'project\\s+falcon', flags: 'i' },
      { id: 'broken', pattern: '(unclosed' },
      { id: 'bad id!', pattern: 'x' },
      { id: 'flags', pattern: 'x', flags: 'gy' },
      { id: 'redos', pattern: '(a+)+$' },
      { id: 'empty', pattern: 'a*' },
      { id: 'employee-id', pattern: 'dup' },
      null,
    ]);
    expect(patterns.map((p) => p.id)).toEqual(['employee-id', 'project']);
    expect(errors.map((e) => e.id)).toEqual(['broken', 'bad id!', 'flags', 'redos', 'empty', 'employee-id', '']);
    expect(errors[0]?.error).toMatch(/invalid regular expression/);
    expect(() => compileCustomPattern({ id: 'x', pattern: '[' })).not.toThrow();
  });

  it('flags nested quantifiers', () => {
    expect(hasNestedQuantifier('(a+)+')).toBe(true);
    expect(hasNestedQuantifier('(?:\\d*x)*')).toBe(true);
    expect(hasNestedQuantifier('(a|ab)?c+')).toBe(false);
    expect(hasNestedQuantifier('EMP-\\d{6}')).toBe(false);
    expect(hasNestedQuantifier('[(+)]+')).toBe(false);
  });

  it('replaces matches with [CUSTOM:<id>] and counts custom.<id>', () => {
    const compiled = compileCustomPatterns([{ id: 'employee-id', pattern: 'EMP-\\d{6}' }]);
    const r = redactText('Badge EMP-004211 and EMP-123456', { customPatterns: compiled });
    expect(r).toEqual({ text: 'Badge [CUSTOM:employee-id] and [CUSTOM:employee-id]', rules: { 'custom.employee-id': 2 } });
    // raw specs work too (compiled once and cached); invalid ones are counted, not thrown
    const raw = [{ id: 'proj', pattern: 'falcon', flags: 'i' }, { id: 'bad', pattern: '(' }];
    const r2 = redactText('Project FALCON', { customPatterns: raw });
    expect(r2).toEqual({ text: 'Project [CUSTOM:proj]', rules: { 'custom.proj': 1, 'custom.invalid': 1 } });
    // a custom pattern never re-matches a placeholder, so the result is stable
    const r3 = redactText(r.text, { customPatterns: compileCustomPatterns([{ id: 'c', pattern: 'CUSTOM' }]) });
    expect(r3.text).toBe(r.text);
  });
});
