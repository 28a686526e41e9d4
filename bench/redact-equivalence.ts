/**
 * Equivalence harness for `redactText`: a large, deterministic set of inputs (the dev corpus
 * and seeded mutations of it), redacted under several option sets. Record the outputs of a
 * known-good version, then check a changed version against them: any difference is reported.
 *
 *   npx tsx bench/redact-equivalence.ts record [--out FILE] [--data DIR]
 *   npx tsx bench/redact-equivalence.ts check  [--out FILE] [--data DIR] [--show N]
 *
 * FILE defaults to /tmp/redact-golden.json (not committed: it holds the corpus's texts). The
 * check also verifies that every default-option output is a fixed point.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCustomPatterns, redactText, type RedactOptions } from '../lib/redact/text';

function arg(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

const mode = process.argv[2];
if (mode !== 'record' && mode !== 'check') {
  console.error('usage: redact-equivalence.ts record|check [--out FILE] [--data DIR] [--show N]');
  process.exit(2);
}
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(arg('--data') ?? join(repoRoot, '..', 'shared', 'data', 'pii'));
const goldenPath = arg('--out') ?? '/tmp/redact-golden.json';
const show = Number(arg('--show') ?? 10);

const corpus = readFileSync(join(dataDir, 'dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);

// --- deterministic generator -------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(20261125);
const int = (n: number): number => Math.floor(rnd() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;

const SEPARATORS = [' ', '\n', ' | ', ': ', ', ', ' • ', '\t', '; ', ' – ', '&', '?q=', '/'];
const PLACEHOLDERS = ['[EMAIL]', '[PERSON]', '[PHONE]', '[PHONE:3f9a1c]', '[CUSTOM:emp]', '[REDACTED]', '[IP]', '[', ']', '[SSN'];
const UNICODE = ['é', 'ü', 'ß', 'Ö', 'İ', 'K', 'Å', '李', '김', 'ア', 'ا', '\u00a0', '’', '–', '•', '\u0301', '😀', 'Ω', 'ж', 'Ж'];
const INSERTS = ['+', '+1 ', '00', '(0)', '-', '.', '/', '@', '://', '%', '%40', '%2B', '%20', '%C3%A9', '%E2', '=', ':', '#', '0', '9', ' ', '  ', 'x', 'A'];

function urlEncodeSome(t: string): string {
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const c = t.charAt(i);
    const r = rnd();
    if (r < 0.25 && (c === '@' || c === '+' || c === ' ' || c === ':' || c === '/' || c === '(' || c === ')')) {
      out += c === ' ' && rnd() < 0.5 ? '+' : '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0');
    } else if (r < 0.03 && c.charCodeAt(0) > 127) {
      out += encodeURIComponent(c);
    } else out += c;
  }
  return out;
}

function mutate(t: string, kind: number): string {
  const n = t.length;
  const at = int(n + 1);
  switch (kind) {
    case 0: return t + pick(SEPARATORS) + pick(corpus);
    case 1: return t.toUpperCase();
    case 2: return t.toLowerCase();
    case 3: return t.replace(/ /g, () => (rnd() < 0.3 ? pick(['-', '', '.', '  ', '/', '_']) : ' '));
    case 4: return t.replace(/[-./()]/g, () => (rnd() < 0.5 ? pick([' ', '', '-']) : '$&')).replace(/\$&/g, '-');
    case 5: return t.slice(0, at) + pick(PLACEHOLDERS) + t.slice(at);
    case 6: return urlEncodeSome(t);
    case 7: return t.replace(/(?<!\d)(\d)/g, (m) => (rnd() < 0.2 ? `+${m}` : m));
    case 8: return t.slice(0, at);
    case 9: return t.slice(at);
    case 10: {
      let out = '';
      for (const c of t) out += /[A-Za-z]/.test(c) && rnd() < 0.08 ? pick(UNICODE) : c;
      return out;
    }
    case 11: return t.slice(0, at) + pick(INSERTS) + t.slice(at);
    case 12: { // delete a short range
      const len = 1 + int(4);
      return t.slice(0, at) + t.slice(at + len);
    }
    case 13: return 'https://example.com/search?q=' + t.replace(/ /g, '+') + '&x=1';
    case 14: return t.replace(/\d/g, (d) => (rnd() < 0.15 ? String((Number(d) + 1 + int(8)) % 10) : d));
    case 15: return t + ' ' + t;
    default: return t;
  }
}

function buildInputs(): string[] {
  const inputs: string[] = [...corpus, '', ' ', '[EMAIL]', 'a', '@', '+', '%', '0', '0123456789'];
  for (let k = 0; k < 16; k++) {
    for (let i = 0; i < corpus.length; i++) {
      if (k === 15 && i % 4 !== 0) continue;
      const t = corpus[i] as string;
      let m = mutate(t, k);
      if (rnd() < 0.25) m = mutate(m, int(15));
      inputs.push(m);
    }
  }
  // truncations at every few positions of a sample of texts
  for (let i = 0; i < corpus.length; i += 5) {
    const t = corpus[i] as string;
    for (let p = 3 + int(5); p < t.length; p += 5 + int(10)) inputs.push(t.slice(0, p));
  }
  return inputs;
}

// --- option sets ---------------------------------------------------------------------------

const CUSTOM = compileCustomPatterns([
  { id: 'emp', pattern: 'EMP-\\d{4,}' },
  { id: 'ord', pattern: 'ord-\\d{3,}', flags: 'i' },
  { id: 'bad', pattern: '(a+)+' },
]);
const OPTION_SETS: { name: string; opts: RedactOptions | undefined }[] = [
  { name: 'default', opts: undefined },
  { name: 'pseudonym', opts: { pseudonymKey: 'equivalence-key' } },
  { name: 'no-person', opts: { disable: ['person'] } },
  { name: 'custom', opts: { customPatterns: CUSTOM } },
  { name: 'custom-raw+disable', opts: { customPatterns: [{ id: 'emp', pattern: 'EMP-\\d{4,}' }], disable: ['phone', 'address'] } },
  // more distinct rules in one string than the engine counts without an index
  { name: 'many-custom', opts: { customPatterns: compileCustomPatterns('abcdefghijklmnopqrstuvwxyz'.split('').map((c) => ({ id: `p-${c}`, pattern: `${c}[a-z]`, flags: 'i' }))) } },
];

type Golden = { inputs: string[]; outputs: Record<string, string[]> };

function run(inputs: string[]): Record<string, string[]> {
  const outputs: Record<string, string[]> = {};
  for (const { name, opts } of OPTION_SETS) {
    outputs[name] = inputs.map((t) => {
      const r = redactText(t, opts);
      return `${r.text}\u0000${JSON.stringify(r.rules)}`;
    });
  }
  return outputs;
}

const inputs = buildInputs();
const t0 = performance.now();
const outputs = run(inputs);
const ms = performance.now() - t0;

// fixed point: redacting an output again changes nothing
let notFixed = 0;
for (const o of outputs.default as string[]) {
  const text = o.slice(0, o.indexOf('\u0000'));
  if (redactText(text).text !== text) {
    if (notFixed++ < show) console.log(`not a fixed point: ${JSON.stringify(text)}`);
  }
}

if (mode === 'record') {
  writeFileSync(goldenPath, JSON.stringify({ inputs, outputs } satisfies Golden));
  console.log(`recorded ${inputs.length} inputs × ${OPTION_SETS.length} option sets to ${goldenPath} (${ms.toFixed(0)} ms); not fixed points: ${notFixed}`);
} else {
  if (!existsSync(goldenPath)) {
    console.error(`no golden file at ${goldenPath}: run "record" on the reference version first`);
    process.exit(2);
  }
  const golden = JSON.parse(readFileSync(goldenPath, 'utf8')) as Golden;
  if (golden.inputs.length !== inputs.length || golden.inputs.some((t, i) => t !== inputs[i])) {
    console.error('the generated inputs differ from the golden file\'s: the generator changed');
    process.exit(2);
  }
  let diffs = 0;
  for (const { name } of OPTION_SETS) {
    const want = golden.outputs[name] as string[];
    const got = outputs[name] as string[];
    for (let i = 0; i < inputs.length; i++) {
      if (want[i] === got[i]) continue;
      if (diffs++ < show) console.log(`[${name}] ${JSON.stringify(inputs[i])}\n  want ${JSON.stringify(want[i])}\n  got  ${JSON.stringify(got[i])}`);
    }
  }
  console.log(`checked ${inputs.length} inputs × ${OPTION_SETS.length} option sets (${ms.toFixed(0)} ms): ${diffs} differences; not fixed points: ${notFixed}`);
  process.exit(diffs || notFixed ? 1 : 0);
}
