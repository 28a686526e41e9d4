/**
 * URL sanitising: keep the origin and the shape of the path, drop query values and the
 * fragment, and generalise ID-like path segments (numbers, UUIDs, long hex or base64
 * tokens, e-mail addresses) to placeholders.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEXISH = /^[0-9a-f]{12,}$/i;
const NUMERIC = /^\d+$/;
const MIXED_TOKEN = /^(?=.*\d)[A-Za-z0-9_-]{16,}$/;
const EMAIL = /@/;

export function generaliseSegment(seg: string): { out: string; rule: string | null } {
  let decoded = seg;
  try {
    decoded = decodeURIComponent(seg);
  } catch {
    /* keep raw */
  }
  if (decoded === '') return { out: seg, rule: null };
  if (NUMERIC.test(decoded)) return { out: ':id', rule: 'url.id' };
  if (UUID.test(decoded)) return { out: ':uuid', rule: 'url.id' };
  if (EMAIL.test(decoded)) return { out: ':email', rule: 'url.email' };
  if (HEXISH.test(decoded) || MIXED_TOKEN.test(decoded)) return { out: ':token', rule: 'url.id' };
  return { out: seg, rule: null };
}

export interface SanitisedPath {
  path: string;
  rules: Record<string, number>;
}

/** The sanitised path of a URL: generalised segments, query keys kept with values removed, no fragment. */
export function sanitisePath(href: string): SanitisedPath {
  const rules: Record<string, number> = {};
  const bump = (r: string) => {
    rules[r] = (rules[r] ?? 0) + 1;
  };
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    bump('url.unparsable');
    return { path: '/', rules };
  }
  const segs = url.pathname.split('/').map((s) => {
    const g = generaliseSegment(s);
    if (g.rule) bump(g.rule);
    return g.out;
  });
  let path = segs.join('/') || '/';
  const keys = Array.from(new Set(Array.from(url.searchParams.keys())));
  if (keys.length) {
    bump('url.query');
    path += `?${keys.map((k) => `${encodeURIComponent(k)}=`).join('&')}`;
  }
  if (url.hash) bump('url.fragment');
  return { path, rules };
}
