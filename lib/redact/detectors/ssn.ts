/**
 * US Social Security numbers. The dashed form AAA-GG-SSSS is taken on its own; the spaced and
 * bare nine-digit forms only right after an SSN label ("SSN", "social security", "ssn=", "TIN").
 * Never issued, so never redacted as an SSN: area 000, 666 or 900–999, group 00, serial 0000.
 */
import type { Keyword, Scan } from '../scan';
import { PRIORITY, type Span } from '../types';
import { cleanLeft, cleanRight } from './groups';

export const SSN_KEYWORDS: readonly Keyword[] = [
  'ssn', 'social security', 'social security number', 'social security no', 'social', 'tin', 'itin', 'taxpayer',
  'taxpayer id', 'sozialversicherungsnummer', 'número de seguro social', 'numero de seguro social',
].map((word) => ({ word, kind: 'ssn.label' }));

/** Whether area/group/serial are in the issued ranges. */
export function ssnValid(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  if (a === 0 || a === 666 || a >= 900) return false;
  if (group === '00' || serial === '0000') return false;
  return true;
}

const AFTER_LABEL = /\.?\s*(?:is\s+|[:=#]\s*)?["']?(\d{3})( ?)(\d{2})\2(\d{4})(?!\d)/y;

export function detectSsn(scan: Scan, out: Span[]): void {
  const { text, groups } = scan;
  for (let k = 0; k + 5 < groups.length; k += 2) {
    const s = groups[k] as number, e1 = groups[k + 1] as number;
    const s2 = groups[k + 2] as number, e2 = groups[k + 3] as number;
    const s3 = groups[k + 4] as number, e3 = groups[k + 5] as number;
    if (e1 - s !== 3 || e2 - s2 !== 2 || e3 - s3 !== 4) continue;
    if (s2 !== e1 + 1 || s3 !== e2 + 1 || text.charCodeAt(e1) !== 45 || text.charCodeAt(e2) !== 45) continue;
    if (!cleanLeft(text, s) || !cleanRight(text, e3)) continue;
    if (text.charCodeAt(s - 1) === 45 || text.charCodeAt(e3) === 45) continue; // part of a longer dashed code
    if (!ssnValid(text.slice(s, e1), text.slice(s2, e2), text.slice(s3, e3))) continue;
    out.push({ start: s, end: e3, type: 'SSN', rule: 'ssn', priority: PRIORITY.ssn });
  }
  for (const h of scan.hits) {
    if (h.kind !== 'ssn.label') continue;
    AFTER_LABEL.lastIndex = h.end;
    const m = AFTER_LABEL.exec(text);
    if (!m) continue;
    const e = m.index + m[0].length;
    const numLen = 9 + (m[2] as string).length * 2;
    if (!cleanRight(text, e)) continue;
    if (!ssnValid(m[1] as string, m[3] as string, m[4] as string)) continue;
    out.push({ start: e - numLen, end: e, type: 'SSN', rule: 'ssn', priority: PRIORITY.ssn });
  }
}
