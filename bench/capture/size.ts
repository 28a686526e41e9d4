/**
 * Bundle sizes: the built content script (gzip -9) against rrweb's recorder, plus an esbuild
 * breakdown of what the content script is made of.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

export interface SizeReport {
  contentScript: {
    path: string;
    raw: number;
    gzip: number;
    built: 'existing' | 'built now';
    builtAt: string;
    /** sources newer than an existing build (only when the existing build is measured) */
    staleSources: string[];
    /** gzip size of .output/…/content.js, if present, for comparison */
    existingOutputGzip: number | null;
  };
  rrweb: { how: string; raw: number; gzip: number; fullUmdGzip: number | null };
  ratio: number;
  captureOnly: { raw: number; gzip: number };
  /** minified bytes per package / lib folder in an esbuild bundle of lib/content/run.ts with zod left out (esbuild does not tree-shake zod 4 the way the WXT/Vite build does) */
  breakdown: { part: string; bytes: number }[];
  breakdownTotal: { raw: number; gzip: number };
}

const gz = (b: Buffer | string): number => gzipSync(b, { level: 9 }).length;

/** Sources of the content script (the esbuild graph of lib/content/run.ts plus the entrypoint) newer than a build. */
function newerSources(root: string, inputs: string[], since: number): string[] {
  const files = [...inputs.filter((f) => !f.includes('node_modules') && existsSync(resolve(root, f))), 'entrypoints/content/index.ts'];
  return files.filter((f) => existsSync(resolve(root, f)) && statSync(resolve(root, f)).mtimeMs > since).sort();
}

/** wxt/browser as the WXT polyfill module aliases it in the real build. */
const wxtBrowser: Plugin = {
  name: 'wxt-browser',
  setup(b) {
    b.onResolve({ filter: /^wxt\/browser$/ }, async (args) => b.resolve('@wxt-dev/webextension-polyfill/browser', { kind: args.kind, resolveDir: args.resolveDir }));
  },
};

async function minified(root: string, contents: string, external: string[] = []): Promise<{ code: string; inputs: Record<string, number> }> {
  const r = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'size-entry.ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome116',
    write: false,
    metafile: true,
    external,
    plugins: [wxtBrowser],
    logLevel: 'silent',
  });
  const out = Object.values(r.metafile.outputs)[0];
  const inputs: Record<string, number> = {};
  for (const [k, v] of Object.entries(out?.inputs ?? {})) inputs[k] = v.bytesInOutput;
  return { code: r.outputFiles[0]!.text, inputs };
}

function group(path: string): string {
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (nm) return nm[1]!;
  const lib = /^(lib\/[^/]+)/.exec(path);
  if (lib) return `${lib[1]}/`;
  return path;
}

/**
 * Builds the content script as the extension does (WXT, the project's config), into a temporary
 * folder: the bench never touches .output/. WXT rewrites the generated .wxt/tsconfig.json on
 * every build (its exclude names the output folder), so that file is put back afterwards.
 */
function buildContentScript(root: string): string {
  const out = mkdtempSync(join(tmpdir(), 'wp-bench-wxt-'));
  const generated = resolve(root, '.wxt/tsconfig.json');
  const saved = existsSync(generated) ? readFileSync(generated) : null;
  try {
    execFileSync('npx', ['wxt', 'build', '-c', 'bench/capture/wxt.bench.config.ts', '-e', 'content'], {
      cwd: root,
      env: { ...process.env, WAYPOINT_BENCH_OUT: out },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } finally {
    if (saved) writeFileSync(generated, saved);
  }
  return join(out, 'chrome-mv3/content-scripts/content.js');
}

export async function measureSizes(root: string, useExisting: boolean, log: (m: string) => void): Promise<SizeReport> {
  const existing = resolve(root, '.output/chrome-mv3/content-scripts/content.js');
  let path = existing;
  let built: SizeReport['contentScript']['built'] = 'existing';
  if (!useExisting || !existsSync(existing)) {
    log('building the content script with WXT into a temporary folder…');
    try {
      path = buildContentScript(root);
      built = 'built now';
    } catch (e) {
      if (!existsSync(existing)) throw e;
      log(`WXT build failed (${(e as Error).message.split('\n')[0]}); measuring the existing .output build`);
    }
  }
  const raw = readFileSync(path);
  const mtime = statSync(path).mtimeMs;
  if (built === 'built now') rmSync(resolve(path, '../../..'), { recursive: true, force: true });
  const existingGzip = built === 'built now' && existsSync(existing) ? gz(readFileSync(existing)) : null;

  const rr = await minified(root, "import { record } from 'rrweb'; (globalThis as any).rrwebRecord = record;");
  const umd = resolve(root, 'node_modules/rrweb/dist/rrweb.umd.min.cjs');

  const capture = await minified(root, "import { startCapture } from './lib/capture'; (globalThis as any).startCapture = startCapture;");
  const content = await minified(
    root,
    "import { runContent } from './lib/content/run'; void runContent(window, new AbortController().signal);",
    ['zod'],
  );
  const parts = new Map<string, number>();
  for (const [k, v] of Object.entries(content.inputs)) parts.set(group(k), (parts.get(group(k)) ?? 0) + v);

  const ours = gz(raw);
  const peer = gz(rr.code);
  return {
    contentScript: {
      path: built === 'built now' ? 'content-scripts/content.js (wxt build -e content, this run)' : '.output/chrome-mv3/content-scripts/content.js',
      raw: raw.length,
      gzip: ours,
      built,
      builtAt: new Date(mtime).toISOString(),
      staleSources: built === 'built now' ? [] : newerSources(root, Object.keys(content.inputs), mtime),
      existingOutputGzip: existingGzip,
    },
    rrweb: {
      how: "esbuild --bundle --minify of `import { record } from 'rrweb'` (rrweb 2.2.2 ships no record-only bundle)",
      raw: rr.code.length,
      gzip: peer,
      fullUmdGzip: existsSync(umd) ? gz(readFileSync(umd)) : null,
    },
    ratio: ours / peer,
    captureOnly: { raw: capture.code.length, gzip: gz(capture.code) },
    breakdown: [...parts].map(([part, bytes]) => ({ part, bytes })).sort((a, b) => b.bytes - a.bytes),
    breakdownTotal: { raw: content.code.length, gzip: gz(content.code) },
  };
}
