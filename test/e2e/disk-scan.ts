import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Finding {
  file: string;
  needle: string;
  encoding: string;
}

async function* walk(dir: string): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

function tryGunzip(buf: Buffer): Buffer | null {
  if (buf.length < 2 || buf[0] !== 0x1f || buf[1] !== 0x8b) return null;
  try {
    return gunzipSync(buf);
  } catch {
    return null;
  }
}

/**
 * Every place a needle occurs in the files under dirs: as UTF-8, as UTF-16LE (how V8 and
 * Chromium's IndexedDB may store strings), case-insensitively, and inside gzip files.
 */
export async function scanForSecrets(dirs: readonly string[], needles: readonly string[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  const forms = needles.flatMap((n) => [
    { needle: n, encoding: 'utf8', bytes: Buffer.from(n.toLowerCase(), 'utf8') },
    { needle: n, encoding: 'utf16le', bytes: Buffer.from(n.toLowerCase(), 'utf16le') },
  ]);
  for (const dir of dirs) {
    for await (const file of walk(dir)) {
      const raw = await readFile(file);
      const views: [string, Buffer][] = [['', raw]];
      const inflated = tryGunzip(raw);
      if (inflated) views.push([' (gunzipped)', inflated]);
      for (const [suffix, buf] of views) {
        const lower = Buffer.from(buf.toString('latin1').toLowerCase(), 'latin1');
        for (const f of forms) {
          if (lower.includes(f.bytes)) findings.push({ file, needle: f.needle, encoding: f.encoding + suffix });
        }
      }
    }
  }
  return findings;
}

/**
 * Files Chromium itself writes typed form text to: autofill ("Web Data") and tab restore
 * ("Sessions/"), plus history and favicons that keep page titles and URLs. They are the
 * browser's, switched off by the admin's browser policy, not Waypoint's.
 */
export function isBrowserOwned(profileDir: string, file: string): boolean {
  return ['Web Data', 'Sessions', 'History', 'Favicons'].some((f) => file.startsWith(join(profileDir, 'Default', f)));
}
