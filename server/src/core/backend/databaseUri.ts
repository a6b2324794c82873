/**
 * What makes a connection URI unusable: `not-uri` (not `scheme://…`), `scheme` (another scheme than
 * `postgresql://` or `postgres://`), `password` (it carries a password: settings and shell histories are not
 * secret), `sslmode` (an `sslmode` libpq does not know).
 */
export type DatabaseUriFault = 'not-uri' | 'scheme' | 'password' | 'sslmode';

/** The `sslmode` values libpq accepts (PostgreSQL documentation, 34.19 SSL Support). */
export const sslModes = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'] as const;

/**
 * Why a connection URI cannot be used, or undefined when it can. The URI is read as libpq reads it (through
 * pg-connection-string): a host may be left out and given as a query parameter (`postgresql://writer@/corpus?host=/run/postgresql`),
 * a Unix socket folder may be the host, percent-encoded.
 */
export function databaseUriFault(uri: string): DatabaseUriFault | undefined {
  const parts = uriParts(uri);
  if (!parts) return 'not-uri';
  if (!/^postgres(ql)?$/i.test(parts.scheme)) return 'scheme';
  const query = new URLSearchParams(parts.query);
  if (parts.userInfo?.includes(':') || query.has('password')) return 'password';
  const sslmode = query.get('sslmode');
  if (sslmode !== null && !(sslModes as readonly string[]).includes(sslmode)) return 'sslmode';
  return undefined;
}

/**
 * A URI's parts as RFC 3986 splits them (`scheme://userinfo@host/path?query#fragment`), without decoding, or
 * undefined when it is no `scheme://` URI. Hand-written: WHATWG's URL refuses what libpq accepts (a user and no
 * host: `postgresql://writer@/corpus?host=/run/postgresql`), and pg-connection-string reads the files that
 * `sslrootcert` names.
 */
function uriParts(uri: string): { scheme: string; userInfo: string | undefined; hostPort: string; rest: string; query: string } | undefined {
  const text = uri.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  if (!scheme) return undefined;
  const after = text.slice(scheme[0].length);
  const end = after.search(/[/?#]/);
  const authority = end < 0 ? after : after.slice(0, end);
  const rest = end < 0 ? '' : after.slice(end);
  const at = authority.lastIndexOf('@');
  const q = rest.indexOf('?');
  const hash = rest.indexOf('#', Math.max(q, 0));
  return {
    scheme: scheme[1],
    userInfo: at < 0 ? undefined : authority.slice(0, at),
    hostPort: authority.slice(at + 1),
    rest,
    query: q < 0 ? '' : rest.slice(q + 1, hash < 0 ? undefined : hash),
  };
}

/** {@link databaseUriFault} in English words (CLI, logs), or undefined when the URI can be used. */
export function databaseUriProblem(uri: string): string | undefined {
  switch (databaseUriFault(uri)) {
    case 'not-uri':
      return 'not a connection URI (postgresql://user@host:port/database)';
    case 'scheme':
      return 'only postgresql:// URIs are read (postgresql://user@host:port/database)';
    case 'password':
      return 'the URI holds a password: give it with ~/.pgpass, PGPASSWORD or PGSERVICE instead, never in the URI';
    case 'sslmode':
      return `sslmode must be one of ${sslModes.join(', ')}`;
    default:
      return undefined;
  }
}

/** The URI as it may be shown and logged: without any password (in the user part or as a parameter). */
export function displayUri(uri: string): string {
  const parts = uriParts(uri);
  if (!parts) return '(an invalid URI)';
  const user = parts.userInfo === undefined ? '' : `${parts.userInfo.split(':')[0]}@`;
  let rest = parts.rest;
  const q = rest.indexOf('?');
  if (q >= 0) {
    const hash = rest.indexOf('#', q);
    const kept = parts.query.split('&').filter((pair) => pair !== '' && decodeURIComponentSafe(pair.split('=')[0]) !== 'password');
    rest = rest.slice(0, q) + (kept.length > 0 ? `?${kept.join('&')}` : '') + (hash < 0 ? '' : rest.slice(hash));
  }
  return `${parts.scheme}://${user}${parts.hostPort}${rest}`;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
