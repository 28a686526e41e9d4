/**
 * Free-text redaction: detectors with validators replace personal data with typed
 * placeholders such as [EMAIL]. Returns the redacted text and how often each rule fired.
 */
export interface TextRedaction {
  text: string;
  rules: Record<string, number>;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

export function redactText(input: string): TextRedaction {
  const rules: Record<string, number> = {};
  const text = input.replace(EMAIL, () => {
    rules.email = (rules.email ?? 0) + 1;
    return '[EMAIL]';
  });
  return { text, rules };
}
