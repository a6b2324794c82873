import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'pg-connection-string';
import pg from 'pg';
import { displayUri } from '../core/backend/databaseUri';
export { databaseUriProblem, displayUri } from '../core/backend/databaseUri';

/** A short stable name of a database (host, port, database, user), for virtual document URIs and logs. */
export function databaseName(uri: string): string {
  return createHash('sha1').update(displayUri(uri)).digest('hex').slice(0, 12);
}

/**
 * The node-postgres configuration of a connection URI, with libpq's meanings: `sslmode` as libpq reads it
 * (`require` encrypts without verifying, `verify-full` verifies), `host` a name or a Unix socket folder, and
 * what the URI leaves out from the environment as libpq does (`PGHOST`, `PGPORT`, `PGUSER`, `PGDATABASE`,
 * `PGPASSWORD`; node-postgres reads `~/.pgpass` itself). A `service=` parameter or `PGSERVICE` names a section of
 * the connection service file (`PGSERVICEFILE`, else `~/.pg_service.conf`, else `PGSYSCONFDIR/pg_service.conf`),
 * whose keys fill what the URI leaves out.
 */
export function clientConfig(uri: string, env: NodeJS.ProcessEnv = process.env): pg.ClientConfig {
  const parsed = parse(uri, { useLibpqCompat: true });
  const service = typeof parsed.service === 'string' ? parsed.service : env.PGSERVICE;
  const fromService = service ? serviceSection(service, env) : {};
  const pick = (key: string, envKey: string): string | undefined => {
    const value = parsed[key];
    if (typeof value === 'string' && value !== '') return value;
    return fromService[key === 'database' ? 'dbname' : key] ?? env[envKey] ?? undefined;
  };
  const port = pick('port', 'PGPORT');
  const config: pg.ClientConfig = {
    host: pick('host', 'PGHOST'),
    port: port ? Number(port) : undefined,
    user: pick('user', 'PGUSER') ?? os.userInfo().username,
    database: pick('database', 'PGDATABASE'),
    application_name: 'grounded',
  };
  const password = fromService.password ?? env.PGPASSWORD;
  if (password) config.password = password;
  if (parsed.ssl !== undefined) config.ssl = parsed.ssl as pg.ClientConfig['ssl'];
  else if (fromService.sslmode && fromService.sslmode !== 'disable') config.ssl = { rejectUnauthorized: fromService.sslmode === 'verify-full' || fromService.sslmode === 'verify-ca' };
  return config;
}

/** The keys of one section of the connection service file (see {@link clientConfig}); empty when none. */
function serviceSection(name: string, env: NodeJS.ProcessEnv): Record<string, string> {
  const files = [env.PGSERVICEFILE ?? path.join(os.homedir(), '.pg_service.conf'), env.PGSYSCONFDIR ? path.join(env.PGSYSCONFDIR, 'pg_service.conf') : undefined];
  for (const file of files) {
    if (!file) continue;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const section: Record<string, string> = {};
    let inSection = false;
    let found = false;
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      const header = /^\[(.+)\]$/.exec(line);
      if (header) {
        inSection = header[1].trim() === name;
        found ||= inSection;
        continue;
      }
      const eq = line.indexOf('=');
      if (inSection && eq > 0) section[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
    }
    if (found) return section;
  }
  return {};
}

/** A pool of connections to one database (at most `max`), closed with `end()`. */
export function createPool(uri: string, max = 4): pg.Pool {
  const pool = new pg.Pool({ ...clientConfig(uri), max, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000 });
  // An idle connection that breaks (the server restarted) is dropped by the pool; the next query opens another.
  pool.on('error', () => undefined);
  return pool;
}
