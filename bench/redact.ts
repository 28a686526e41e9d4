/**
 * Redaction benchmark: quality (via the corpus scorer) and throughput of Waypoint's
 * `redactText` against npm peers, on the same labelled texts, in one process.
 *
 *   npx tsx bench/redact.ts [--data DIR] [--reps N] [--warmup W] [--no-peers] [--misses[=N]]
 *   npm run bench:redact
 *
 * DIR defaults to ../shared/data/pii relative to the repository root and must hold dev.jsonl
 * and score.mjs. Throughput times only the redaction calls (all texts, sequentially), after W
 * untimed warm-up runs (default 3, the first of which produces the predictions), repeated N
 * times (default 7) with the engines' runs interleaved; the median is reported, in MB/s of
 * UTF-8 input. Every engine gets the same treatment.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { redactText } from '../lib/redact/text';
import { PEERS, type Engine } from './peers';

interface Rec {
  id: string;
  text: string;
  spans: { start: number; end: number; type: string; sub?: string; value: string }[];
  negatives: { start: number; end: number; kind: string; value: string }[];
}
interface TypeScore { n: number; caught: number; strict: number }
interface Score {
  recall: number;
  strict_recall: number;
  macro_recall: number;
  precision_proxy: number;
  f1_proxy: number;
  context_words_kept: number;
  by_type: Record<string, TypeScore>;
  by_negative: Record<string, { n: number; intact: number }>;
}
interface Result { engine: Engine; score: Score; mbps: number; ms: number }

const TYPES = ['CARD', 'IBAN', 'EMAIL', 'SSN', 'PHONE', 'SECRET', 'IP', 'DOB', 'ADDRESS', 'PERSON'];

function arg(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  const a = argv[i] as string;
  if (a.includes('=')) return a.slice(a.indexOf('=') + 1);
  const next = argv[i + 1];
  return next && !next.startsWith('--') ? next : '';
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(arg('--data') || join(repoRoot, '..', 'shared', 'data', 'pii'));
const corpusPath = join(dataDir, 'dev.jsonl');
const scorerPath = join(dataDir, 'score.mjs');
const reps = Math.max(1, Number(arg('--reps') || 7));
const warmup = Math.max(1, Number(arg('--warmup') || 3));
const withPeers = arg('--no-peers') === undefined;
const missesArg = arg('--misses');

if (!existsSync(corpusPath) || !existsSync(scorerPath)) {
  console.error(`bench/redact: need dev.jsonl and score.mjs in ${dataDir} (use --data DIR)`);
  process.exit(2);
}

const corpus: Rec[] = readFileSync(corpusPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Rec);
const texts = corpus.map((r) => r.text);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const work = mkdtempSync(join(tmpdir(), 'waypoint-bench-'));

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

async function runAll(engine: Engine): Promise<string[]> {
  const out: string[] = new Array<string>(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const r = engine.redact(texts[i] as string);
    out[i] = typeof r === 'string' ? r : await r;
  }
  return out;
}

async function timeOnce(engine: Engine): Promise<number> {
  const t0 = performance.now();
  await runAll(engine);
  return performance.now() - t0;
}

function score(name: string, outputs: string[]): Score {
  const file = join(work, `${name.replace(/[^A-Za-z0-9_-]/g, '_')}.jsonl`);
  writeFileSync(file, corpus.map((r, i) => JSON.stringify({ id: r.id, redacted: outputs[i] })).join('\n') + '\n');
  const json = execFileSync(process.execPath, [scorerPath, corpusPath, file, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(json) as Score;
}

/** Predictions and score (the prediction run is the first warm-up run). */
async function quality(engine: Engine): Promise<{ score: Score; outputs: string[] }> {
  const outputs = await runAll(engine);
  const s = score(engine.name, outputs);
  for (let w = 1; w < warmup; w++) await runAll(engine); // let the JIT settle before timing
  return { score: s, outputs };
}

function printMisses(outputs: string[], limit: number): void {
  const byType: Record<string, string[]> = {};
  const overs: Record<string, string[]> = {};
  corpus.forEach((r, i) => {
    const red = outputs[i] as string;
    for (const s of r.spans) {
      if (red.includes(s.value)) (byType[s.type] ??= []).push(`${r.id} ${JSON.stringify(s.value)} in ${JSON.stringify(r.text.slice(Math.max(0, s.start - 40), s.end + 25))}`);
    }
    for (const n of r.negatives) {
      if (!red.includes(n.value)) (overs[n.kind] ??= []).push(`${r.id} ${JSON.stringify(n.value)} → ${JSON.stringify(red.slice(0, 160))}`);
    }
  });
  console.log('\nMisses (value still present verbatim) by type:');
  for (const t of Object.keys(byType)) {
    const xs = byType[t] as string[];
    console.log(`  ${t}: ${xs.length}`);
    for (const x of xs.slice(0, limit)) console.log(`    ${x}`);
  }
  console.log('Over-redacted hard negatives by kind:');
  for (const k of Object.keys(overs)) {
    const xs = overs[k] as string[];
    console.log(`  ${k}: ${xs.length}`);
    for (const x of xs.slice(0, limit)) console.log(`    ${x}`);
  }
}

const pct = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '  n/a');
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

async function main(): Promise<void> {
  const ours: Engine = { name: 'waypoint', note: 'redactText() from lib/redact/text.ts, default options', redact: (t) => redactText(t).text };
  const engines: Engine[] = [ours];
  const skipped: string[] = [];
  if (withPeers) {
    for (const p of PEERS) {
      try {
        // a peer that needs the network (or hangs) is skipped, not waited for
        const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('did not load within 30 s offline')), 30_000).unref());
        engines.push(await Promise.race([p.load(), timeout]));
      } catch (e) {
        skipped.push(`${p.name}: skipped (${e instanceof Error ? e.message : String(e)})`);
      }
    }
  }
  const scored: { engine: Engine; score: Score }[] = [];
  let ourOutputs: string[] = [];
  for (const e of engines) {
    try {
      const { score: s, outputs } = await quality(e);
      scored.push({ engine: e, score: s });
      if (e === ours) ourOutputs = outputs;
    } catch (err) {
      skipped.push(`${e.name}: failed during the run (${err instanceof Error ? err.message : String(err)})`);
    }
  }
  // timed runs are interleaved (engine A, B, C, A, B, C, …) so that a change in machine load
  // during the benchmark affects every engine alike
  const times = new Map<Engine, number[]>(scored.map((x) => [x.engine, []]));
  for (let k = 0; k < reps; k++) {
    for (const { engine } of scored) (times.get(engine) as number[]).push(await timeOnce(engine));
  }
  const results: Result[] = scored.map(({ engine, score: s }) => {
    const ms = median(times.get(engine) as number[]);
    return { engine, score: s, ms, mbps: bytes / 1e6 / (ms / 1000) };
  });

  const date = new Date().toISOString().slice(0, 10);
  console.log(`Redaction benchmark — ${date}, Node ${process.version}, ${process.platform}/${process.arch}`);
  console.log(`corpus: ${corpusPath} (${corpus.length} texts, ${(bytes / 1e6).toFixed(2)} MB UTF-8); throughput = median of ${reps} timed runs over all texts (interleaved across engines) after ${warmup} warm-up runs`);
  for (const r of results) console.log(`  ${pad(r.engine.name, 16)} ${r.engine.note}`);
  for (const s of skipped) console.log(`  ${s}`);

  const W = 18;
  const header = pad('entity', 10) + lpad('n', 6) + results.map((r) => lpad(r.engine.name, W)).join('');
  console.log(`\nRecall per entity (caught / strict)\n${header}`);
  for (const t of TYPES) {
    const n = results[0]?.score.by_type[t]?.n ?? 0;
    if (!n) continue;
    const cells = results.map((r) => {
      const b = r.score.by_type[t] as TypeScore;
      return lpad(`${pct(b.caught / b.n)} / ${pct(b.strict / b.n)}`, W);
    });
    console.log(pad(t, 10) + lpad(String(n), 6) + cells.join(''));
  }
  const row = (label: string, f: (r: Result) => string): void => console.log(pad(label, 16) + results.map((r) => lpad(f(r), W)).join(''));
  console.log('');
  console.log(pad('', 16) + results.map((r) => lpad(r.engine.name, W)).join(''));
  row('recall', (r) => pct(r.score.recall));
  row('strict recall', (r) => pct(r.score.strict_recall));
  row('macro recall', (r) => pct(r.score.macro_recall));
  row('precision proxy', (r) => pct(r.score.precision_proxy));
  row('f1 proxy', (r) => pct(r.score.f1_proxy));
  row('context kept', (r) => pct(r.score.context_words_kept));
  row('MB/s', (r) => r.mbps.toFixed(2));
  row('ms / run', (r) => r.ms.toFixed(0));
  const base = results[0];
  if (base) row('waypoint speed×', (r) => (r === base ? '1.00' : (base.mbps / r.mbps).toFixed(1)));

  if (base) {
    console.log('\nHard negatives left intact (waypoint)');
    for (const [k, b] of Object.entries(base.score.by_negative).sort()) console.log(`  ${pad(k, 12)} ${lpad(String(b.intact), 4)} / ${lpad(String(b.n), 4)}  ${pct(b.intact / b.n)}`);
    const fails: string[] = [];
    for (const t of ['CARD', 'IBAN', 'EMAIL', 'SSN', 'PHONE', 'SECRET']) {
      const b = base.score.by_type[t];
      if (b && b.caught / b.n < 0.99) fails.push(`${t} recall ${pct(b.caught / b.n)} < 0.99`);
    }
    if (base.score.precision_proxy < 0.9) fails.push(`precision proxy ${pct(base.score.precision_proxy)} < 0.9`);
    for (const r of results.slice(1)) if (r.mbps >= base.mbps) fails.push(`not faster than ${r.engine.name}`);
    console.log(`\nTargets (recall ≥ 0.99 on CARD/IBAN/EMAIL/SSN/PHONE/SECRET, precision proxy ≥ 0.9, faster than each peer): ${fails.length ? `NOT MET — ${fails.join('; ')}` : 'met'}`);
  }
  if (missesArg !== undefined && ourOutputs.length) printMisses(ourOutputs, Number(missesArg) || 15);
  rmSync(work, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
});
