/**
 * Dates of birth: a valid calendar date (numeric D/M/Y, M/D/Y, Y-M-D, 2-digit years, or with
 * an English, German, French, Spanish or Portuguese month name) *in a birth-date context*:
 * right after a label such as "Date of birth:", "DOB", "born", "Geburtsdatum",
 * "date de naissance", "fecha de nacimiento", "data de nascimento", `birthdate=` (allowing a
 * format hint and two filler words: "Date of birth (MM/DD/YYYY) updated to 1/4/1945"); or
 * right before "(DOB)", "(date of birth)" or `into "Date of birth"`. Other dates stay.
 */
import type { Keyword, Scan } from '../scan';
import { PRIORITY, type Span } from '../types';
import { isAlnumAt, isJsSpace } from './util';

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'janeiro'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'fevr', 'febrero', 'fevereiro', 'fev'],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'mär'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr'],
  ['may', 'mai', 'mayo', 'maio'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'junho'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'julho'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'setembro', 'set'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'outubro', 'out'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dezembro'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => { MONTHS[n] = i + 1; }));
const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

const DATE = [
  // 1994-10-20, 1994/10/20, 1994.10.20
  String.raw`(?<y1>(?:18|19|20)\d\d)(?<s1>[-/.])(?<m1>\d{1,2})\k<s1>(?<d1>\d{1,2})`,
  // 20.01.2002, 20/01/2002, 01/20/2002, 20-01-2002, 1/4/45
  String.raw`(?<a2>\d{1,2})(?<s2>[-/.])(?<b2>\d{1,2})\k<s2>(?<y2>(?:18|19|20)?\d\d)`,
  // 16 May 1980, 16. Mai 1980, 16 de mayo de 1980, 1er janvier 1980, 20-Aug-1967
  String.raw`(?<d3>\d{1,2})(?:\.|er|st|nd|rd|th)?(?:[ -]|\s+de\s+)(?<mn3>${MONTH_ALT})\.?(?:,?[ -]|\s+de\s+)(?<y3>(?:18|19|20)\d\d)`,
  // July 10, 1942, Jul 10 1942
  String.raw`(?<mn4>${MONTH_ALT})\.?\s+(?<d4>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y4>(?:18|19|20)\d\d)`,
].join('|');

/** After a label: separators, an optional format hint "(TT.MM.JJJJ)", up to two filler words, then the date. */
const AFTER_LABEL = new RegExp(
  String.raw`[\s:=\-–—"'#.]*(?:\([^()\d\n]{1,14}\)[\s:=\-–—"']*)?(?:\p{L}{1,10}[\s:=\-–—"']+){0,2}?(?<date>${DATE})`,
  'yiu',
);
/** Before a trailing label: `<date> (`, `<date> - `, `<date>" into "`. */
const BEFORE_LABEL = new RegExp(String.raw`(?<date>${DATE})["']?\s*(?:\(\s*|[-–—,]\s*|into\s+["']|["']\s+into\s+["'])$`, 'iu');

export const DOB_KEYWORDS: readonly Keyword[] = [
  'dob', 'd.o.b', 'd.o.b.', 'date of birth', 'dateofbirth', 'birth date', 'birthdate', 'birthday', 'date de naissance',
  'née le', 'né le', 'nee le', 'ne le', 'geburtsdatum', 'geburtstag', 'geboren', 'geboren am', 'fecha de nacimiento',
  'nacido el', 'nacida el', 'data de nascimento', 'nascido em', 'nascida em', 'born', 'born on',
].map((word) => ({ word, kind: 'dob.label' }));

function dayOk(d: number, m: number, y: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const dim = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
  return d <= dim;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? (n > 30 ? 1900 + n : 2000 + n) : n;
}

/** Whether a date match is a real calendar date. */
function dateOk(g: Record<string, string | undefined>): boolean {
  if (g.y1) return dayOk(Number(g.d1), Number(g.m1), Number(g.y1));
  if (g.y2) {
    const y = fullYear(g.y2);
    const a = Number(g.a2), b = Number(g.b2);
    return dayOk(a, b, y) || dayOk(b, a, y);
  }
  if (g.y3) return dayOk(Number(g.d3), MONTHS[(g.mn3 ?? '').toLowerCase()] ?? 0, Number(g.y3));
  if (g.y4) return dayOk(Number(g.d4), MONTHS[(g.mn4 ?? '').toLowerCase()] ?? 0, Number(g.y4));
  return false;
}

export function detectDob(scan: Scan, out: Span[]): void {
  const text = scan.text;
  const groups = scan.groups;
  const lastDigitEnd = groups.length > 0 ? (groups[groups.length - 1] as number) : -1;
  for (const h of scan.hits) {
    if (h.kind !== 'dob.label') continue;
    // every date form holds digits: without a digit run ending after the label, none follows it
    let m: RegExpExecArray | null = null;
    if (lastDigitEnd > h.end) {
      AFTER_LABEL.lastIndex = h.end;
      m = AFTER_LABEL.exec(text);
    }
    if (m && m.groups) {
      const date = m.groups.date as string;
      const e = m.index + m[0].length;
      const s = e - date.length;
      if (!isAlnumAt(text, e) && dateOk(m.groups)) {
        out.push({ start: s, end: e, type: 'DOB', rule: 'dob', priority: PRIORITY.dob });
        continue;
      }
    }
    const from = Math.max(0, h.start - 40);
    // BEFORE_LABEL ends in "(", a dash, a comma or a quote, then white space
    let q = h.start - 1;
    while (q >= from && isJsSpace(text.charCodeAt(q))) q--;
    const last = q >= from ? text.charCodeAt(q) : 0;
    if (!(last === 40 || last === 45 || last === 0x2013 || last === 0x2014 || last === 44 || last === 34 || last === 39)) continue;
    const b = BEFORE_LABEL.exec(text.slice(from, h.start));
    if (b && b.groups && dateOk(b.groups)) {
      const s = from + b.index;
      if (!isAlnumAt(text, s - 1)) out.push({ start: s, end: s + (b.groups.date as string).length, type: 'DOB', rule: 'dob', priority: PRIORITY.dob });
    }
  }
}
