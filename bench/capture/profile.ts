/**
 * Aggregates a V8 CPU profile (CDP Profiler) of the recorder's handlers by function and by
 * source module. The bench bundle is built without minification, so esbuild's `// path`
 * comments give each line of the bundle its source module.
 */

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface Hotspot {
  fn: string;
  module: string;
  ms: number;
  /** share of the time sampled inside the harness' timed() (recorder code) */
  share: number;
}

export interface ProfileSummary {
  handlerMs: number;
  inclusive: Hotspot[];
  self: Hotspot[];
  selfByModule: Hotspot[];
}

/** Line (0-based) → source module, from esbuild's `// path/to/file.ts` comments. */
export function moduleMap(bundle: string): (line: number) => string {
  const starts: { line: number; mod: string }[] = [];
  bundle.split('\n').forEach((l, i) => {
    const m = /^\s*\/\/ ((?:lib|bench|node_modules)\/\S+\.(?:ts|mjs|js|cjs))$/.exec(l);
    if (m) starts.push({ line: i, mod: m[1]!.replace(/^node_modules\/([^/]+)\/.*$/, 'node_modules/$1') });
  });
  return (line) => {
    let mod = '(bundle)';
    for (const s of starts) {
      if (s.line <= line) mod = s.mod;
      else break;
    }
    return mod;
  };
}

export function summariseProfile(p: CpuProfile, bundleUrl: string, modOf: (line: number) => string): ProfileSummary {
  const parent = new Map<number, number>();
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (id: number): { key: string; fn: string; module: string } | null => {
    const n = byId.get(id);
    if (!n || n.callFrame.url !== bundleUrl) return null;
    const module = modOf(n.callFrame.lineNumber);
    const fn = n.callFrame.functionName || `(anonymous:${n.callFrame.lineNumber + 1})`;
    return { key: `${module}#${fn}`, fn, module };
  };
  const incl = new Map<string, Hotspot>();
  const self = new Map<string, Hotspot>();
  const selfMod = new Map<string, Hotspot>();
  let handlerMs = 0;
  const add = (m: Map<string, Hotspot>, key: string, fn: string, module: string, ms: number) => {
    const h = m.get(key) ?? { fn, module, ms: 0, share: 0 };
    h.ms += ms;
    m.set(key, h);
  };
  for (let i = 0; i < p.samples.length; i++) {
    const ms = (p.timeDeltas[i + 1] ?? p.timeDeltas[i] ?? 0) / 1000;
    let id: number | undefined = p.samples[i]!;
    const seen = new Set<string>();
    let inHarness = false;
    let leaf: { key: string; fn: string; module: string } | null = null;
    let leafNative: string | null = null;
    let first = true;
    const chain: { key: string; fn: string; module: string }[] = [];
    while (id !== undefined) {
      const k = keyOf(id);
      if (first) {
        const n = byId.get(id);
        // a native DOM call (querySelectorAll, getComputedStyle …) is its own node with no url
        if (!k && n && !n.callFrame.url) leafNative = n.callFrame.functionName || '(native)';
        first = false;
      }
      if (k) {
        chain.push(k);
        // inside the harness' timed(): recorder code (handlers and deferred callbacks) only
        if (k.module === 'bench/capture/harness.ts' && k.fn === 'timed') inHarness = true;
      }
      id = parent.get(id);
    }
    const caller = chain[0];
    if (caller) {
      // native time is charged to the bundle function that made the call
      leaf = leafNative
        ? { key: `${caller.key}>${leafNative}`, fn: `${leafNative} ← ${caller.fn}`, module: caller.module }
        : caller;
    }
    if (!inHarness) continue;
    handlerMs += ms;
    for (const k of chain) {
      if (seen.has(k.key)) continue;
      seen.add(k.key);
      add(incl, k.key, k.fn, k.module, ms);
    }
    if (leaf) {
      add(self, leaf.key, leaf.fn, leaf.module, ms);
      add(selfMod, leaf.module, '*', leaf.module, ms);
    }
  }
  const finish = (m: Map<string, Hotspot>) =>
    [...m.values()].map((h) => ({ ...h, share: handlerMs ? h.ms / handlerMs : 0 })).sort((a, b) => b.ms - a.ms);
  return { handlerMs, inclusive: finish(incl), self: finish(self), selfByModule: finish(selfMod) };
}
