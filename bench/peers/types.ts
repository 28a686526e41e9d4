/** A redaction engine under benchmark: text in, redacted text out. */
export interface Engine {
  name: string;
  /** short note printed next to the results (configuration used) */
  note: string;
  redact(text: string): string | Promise<string>;
}

export interface PeerAdapter {
  name: string;
  /** Loads the engine; throws (and the bench skips it, saying why) when it cannot run offline. */
  load(): Promise<Engine>;
}
