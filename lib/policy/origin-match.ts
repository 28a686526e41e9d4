/**
 * Origin patterns as admins write them: `https://app.example.com`, `https://*.example.com`,
 * `http://localhost:5180`. Scheme and port must match exactly; `*.` matches one or more labels.
 */
export function originMatches(origin: string, pattern: string): boolean {
  let o: URL;
  let p: URL;
  try {
    o = new URL(origin);
    p = new URL(pattern.replace('://*.', '://wildcard-placeholder.'));
  } catch {
    return false;
  }
  if (o.protocol !== p.protocol || o.port !== p.port) return false;
  if (p.hostname.startsWith('wildcard-placeholder.')) {
    const suffix = p.hostname.slice('wildcard-placeholder'.length); // ".example.com"
    return o.hostname.endsWith(suffix) && o.hostname.length > suffix.length;
  }
  return o.hostname === p.hostname;
}

export function originInList(origin: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => originMatches(origin, p));
}
