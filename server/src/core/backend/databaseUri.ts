/**
 * Why a connection URI cannot be used, or undefined when it can: it must be a `postgresql://` (or `postgres://`)
 * URI, and it must not carry a password (settings and shell histories are not secret: libpq's `PGPASSWORD`,
 * `~/.pgpass` or `PGSERVICE`, or the editor's secret storage, give it).
 */
export function databaseUriProblem(uri: string): string | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return 'not a connection URI (postgresql://user@host:port/database)';
  }
  if (url.protocol !== 'postgresql:' && url.protocol !== 'postgres:') return 'not a PostgreSQL connection URI (postgresql://user@host:port/database)';
  if (url.password !== '' || url.searchParams.has('password')) return 'the URI holds a password: give it with PGPASSWORD, ~/.pgpass or PGSERVICE instead';
  return undefined;
}

/** The URI as it may be shown and logged: without any password. */
export function displayUri(uri: string): string {
  try {
    const url = new URL(uri);
    url.password = '';
    url.searchParams.delete('password');
    return url.toString();
  } catch {
    return '(an invalid URI)';
  }
}
