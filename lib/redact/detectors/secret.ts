/**
 * Credentials. Two kinds of evidence:
 * - a vendor's documented token format, recognised anywhere: JWTs, AWS access key ids, GitHub,
 *   GitLab, Slack, Stripe, Google, OpenAI/Anthropic, npm, SendGrid tokens, PEM private keys, and
 *   the password in `scheme://user:password@host` URLs;
 * - a secret label followed by a random-looking value: `api_key=`, `token:`, `password=`,
 *   `Authorization: Bearer …`, `GITHUB_TOKEN=` and the like. Only then are long hex or base64
 *   strings taken, so a commit SHA or a hash elsewhere in the text is left alone.
 */
import type { Keyword, Scan } from '../scan';
import { PRIORITY, type Span } from '../types';
import { isAlnumAt, isJsSpace, stickyEnd } from './util';

interface Known { rule: string; re: RegExp }

/** Vendor formats, keyed by their lower-cased prefix (found by the shared keyword scan). */
const KNOWN: Readonly<Record<string, Known>> = {};
function known(prefixes: string[], rule: string, re: RegExp): void {
  for (const p of prefixes) (KNOWN as Record<string, Known>)[p] = { rule, re };
}
known(['eyj'], 'secret.jwt', /eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/y);
known(['akia', 'asia', 'abia', 'acca', 'agpa', 'aida', 'aipa', 'anpa', 'anva', 'apka', 'aroa', 'asca'], 'secret.aws', /(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA|ASCA)[A-Z0-9]{16}(?![A-Za-z0-9])/y);
known(['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], 'secret.github', /gh[pousr]_[A-Za-z0-9]{36,255}/y);
known(['github_pat_'], 'secret.github', /github_pat_[A-Za-z0-9_]{22,255}/y);
known(['glpat-'], 'secret.gitlab', /glpat-[A-Za-z0-9_-]{20,}/y);
known(['xoxa-', 'xoxb-', 'xoxp-', 'xoxo-', 'xoxs-', 'xoxr-', 'xoxe-'], 'secret.slack', /xox[abposre]-[A-Za-z0-9-]{10,250}/y);
known(['hooks.slack.com/services/'], 'secret.slack', /hooks\.slack\.com\/services\/[A-Za-z0-9/_-]{20,}/y);
known(['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'], 'secret.stripe', /[sr]k_(?:live|test)_[A-Za-z0-9]{10,247}/y);
known(['whsec_'], 'secret.stripe', /whsec_[A-Za-z0-9]{20,}/y);
known(['aiza'], 'secret.google', /AIza[0-9A-Za-z_-]{35}/y);
known(['ya29.'], 'secret.google', /ya29\.[0-9A-Za-z_-]{20,}/y);
known(['sk-'], 'secret.openai', /sk-(?:proj-|svcacct-|admin-|ant-(?:api\d\d-)?)?[A-Za-z0-9_-]{20,}/y);
known(['npm_'], 'secret.npm', /npm_[A-Za-z0-9]{36}/y);
known(['sg.'], 'secret.sendgrid', /SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}/y);

const PRIVATE_KEY = /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----[\s\S]{0,8192}?(?:-----END (?:[A-Z]+ )*PRIVATE KEY-----|$)/g;
/** `scheme://user:password@host`: the credentials are replaced. */
const URL_CREDENTIALS = /[a-z][a-z0-9+.-]*:\/\/([^\s/:@?#]{1,128}:[^\s/@?#]{1,256})@/gi;

const STRONG = [
  'api key', 'api-key', 'apikey', 'api.key', 'x-api-key', 'api token', 'access token', 'access-token', 'refresh token',
  'id token', 'auth token', 'x-auth-token', 'bearer token', 'client secret', 'secret key', 'secret access key',
  'aws secret access key', 'private key', 'token', 'secret', 'credentials', 'credential', 'access key', 'access key id',
];
const WEAK = ['key', 'sig', 'signature', 'session', 'session id', 'sessionid', 'sessid', 'sid', 'cookie'];
const PASSWORD = ['password', 'passwd', 'passwort', 'mot de passe', 'contraseña', 'senha', 'pwd'];

export const SECRET_KEYWORDS: readonly Keyword[] = [
  ...Object.keys(KNOWN).map((word) => ({ word, kind: 'secret.prefix', prefix: true })),
  ...STRONG.map((word) => ({ word, kind: 'secret.strong' })),
  ...WEAK.map((word) => ({ word, kind: 'secret.weak' })),
  ...PASSWORD.map((word) => ({ word, kind: 'secret.password' })),
  { word: 'bearer', kind: 'secret.auth' },
  { word: 'basic', kind: 'secret.auth' },
];

/** Separator after a label: `=`, `:`, `: "`, `" = '`…, or whitespace before a long token. */
const SEP = /["']?\s*[:=]\s*["']?|\s+(?=["']?[A-Za-z0-9+/_-]{16,})["']?/y;
const AUTH_SEP = /\s+["']?/y;
const VALUE = /[A-Za-z0-9+/_~.%-]{8,2048}={0,2}/y;
const PASSWORD_VALUE = /[^\s"'&|;,]{4,256}/y;
const NOT_A_PASSWORD = /^(?:reset|changed?|updated?|required|expired|incorrect|invalid|hidden|none|null|undefined|\*+|•+|\[[A-Z:0-9a-f]+\])$/i;

/** Does `v` look like a machine-generated secret rather than a word, number or path? */
export function looksRandom(v: string, strong: boolean): boolean {
  return looksRandomIn(v, 0, v.length, strong);
}

/** `looksRandom(s.slice(a, b), strong)`, read in place. */
function looksRandomIn(s: string, a: number, b: number, strong: boolean): boolean {
  const len = b - a;
  // one pass: character classes, hex-only, the longest run of lower-case letters
  let upper = 0, lower = 0, digit = 0, other = 0;
  let hexOnly = len > 0;
  let hexLetter = false;
  let run = 0;
  let longRun = false;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      if (c <= 70) hexLetter = true;
      else hexOnly = false;
      run = 0;
    } else if (c >= 97 && c <= 122) {
      lower++;
      if (c <= 102) hexLetter = true;
      else hexOnly = false;
      if (++run >= 8) longRun = true;
    } else {
      if (c >= 48 && c <= 57) digit++;
      else {
        other++;
        hexOnly = false;
      }
      run = 0;
    }
  }
  // /^[0-9a-f]+$/i: a hex string (a hash or key) needs letters and digits
  if (hexOnly) return len >= (strong ? 16 : 24) && hexLetter && digit > 0;
  if (len < (strong ? 16 : 20)) return false;
  const classes = (upper > 0 ? 1 : 0) + (lower > 0 ? 1 : 0) + (digit > 0 ? 1 : 0);
  if (classes < (strong ? 2 : 3)) return false;
  // a path or dotted name ("com.example.app", "/usr/local/bin") is not a secret
  if (other > len / 4) return false;
  // identifiers such as "configurationDefaultValue": no digits and long lower-case runs
  if (digit === 0 && longRun) return false;
  return true;
}

/** `[.)\]}>]` */
function isClosing(c: number): boolean {
  return c === 46 || c === 41 || c === 93 || c === 125 || c === 62;
}

function valueAfter(text: string, at: number, kind: string, out: Span[]): void {
  if (kind === 'secret.password') {
    const e = stickyEnd(PASSWORD_VALUE, text, at);
    if (e < 0) return;
    // without trailing closing punctuation
    let ve = e;
    while (ve > at && isClosing(text.charCodeAt(ve - 1))) ve--;
    if (ve - at < 4 || NOT_A_PASSWORD.test(text.slice(at, ve))) return;
    out.push({ start: at, end: ve, type: 'SECRET', rule: 'secret.password', priority: PRIORITY.secretLabelled });
    return;
  }
  const e = stickyEnd(VALUE, text, at);
  if (e < 0) return;
  // a sentence-ending dot is not part of the value
  let ve = e;
  while (ve > at && text.charCodeAt(ve - 1) === 46) ve--;
  // the value as checked: URL-decoded, without trailing '=' padding
  let probe = text;
  let pa = at;
  let pe = ve;
  let pct = false;
  for (let i = at; i < ve && !pct; i++) pct = text.charCodeAt(i) === 37;
  if (pct) {
    try {
      probe = decodeURIComponent(text.slice(at, ve));
      pa = 0;
      pe = probe.length;
    } catch { /* keep raw */ }
  }
  while (pe > pa && probe.charCodeAt(pe - 1) === 61) pe--;
  if (!looksRandomIn(probe, pa, pe, kind !== 'secret.weak')) return;
  out.push({ start: at, end: ve, type: 'SECRET', rule: 'secret.generic', priority: PRIORITY.secretLabelled });
}

/**
 * Cheap gate for URL_CREDENTIALS: some "://" is followed by "user:password@", i.e. the first of
 * white space, '/', '?', '#' or '@' after it is an '@', with a ':' before it.
 */
function mayHoldUrlCredentials(text: string): boolean {
  const n = text.length;
  for (let p = text.indexOf('://'); p >= 0; p = text.indexOf('://', p + 1)) {
    let colon = false;
    for (let q = p + 3; q < n; q++) {
      const c = text.charCodeAt(q);
      if (c === 64) {
        if (colon) return true;
        break;
      }
      if (c === 58) colon = true;
      else if (c === 47 || c === 63 || c === 35 || isJsSpace(c)) break;
    }
  }
  return false;
}

export function detectSecret(scan: Scan, out: Span[]): void {
  const text = scan.text;
  for (const h of scan.hits) {
    if (h.kind === 'secret.prefix') {
      if (isAlnumAt(text, h.start - 1)) continue;
      const k = KNOWN[h.word];
      if (!k) continue;
      const e = stickyEnd(k.re, text, h.start);
      if (e >= 0) out.push({ start: h.start, end: e, type: 'SECRET', rule: k.rule, priority: PRIORITY.secret });
    } else if (h.kind === 'secret.strong' || h.kind === 'secret.weak' || h.kind === 'secret.password') {
      const e = stickyEnd(SEP, text, h.end);
      if (e >= 0) valueAfter(text, e, h.kind, out);
    } else if (h.kind === 'secret.auth') {
      const e = stickyEnd(AUTH_SEP, text, h.end);
      if (e >= 0) valueAfter(text, e, 'secret.strong', out);
    }
  }
  if (text.indexOf('-----BEGIN') >= 0) {
    PRIVATE_KEY.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PRIVATE_KEY.exec(text)) !== null) {
      out.push({ start: m.index, end: m.index + m[0].length, type: 'SECRET', rule: 'secret.private-key', priority: PRIORITY.secret });
    }
  }
  if (text.indexOf('://') >= 0 && text.indexOf('@') >= 0 && mayHoldUrlCredentials(text)) {
    URL_CREDENTIALS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = URL_CREDENTIALS.exec(text)) !== null) {
      const cred = m[1] as string;
      const s = m.index + m[0].length - 1 - cred.length;
      out.push({ start: s, end: s + cred.length, type: 'SECRET', rule: 'secret.url-credentials', priority: PRIORITY.secret });
    }
  }
}
