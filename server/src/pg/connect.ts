import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'pg-connection-string';
import pg from 'pg';
import pgpassHelper from 'pgpass/lib/helper';
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
 * `PGPASSWORD`). A `service=` parameter or `PGSERVICE` names a section of the connection service file
 * (`PGSERVICEFILE`, else `~/.pg_service.conf`, else `PGSYSCONFDIR/pg_service.conf`), whose keys fill what the URI
 * leaves out. Without a password from those, the password file (`PGPASSFILE`, else `~/.pgpass`) is read when the
 * server asks for one, as libpq does: node-postgres's own reading of it is deprecated (pg 8.x logs so), its
 * supported way is a `password` function, which reads the file with the `pgpass` package (node-postgres's own
 * reader, its line parser and matcher; the file is found here, from `env`). A password file that others may read is ignored, as libpq does, and `warn` is told so.
 */
export function clientConfig(uri: string, env: NodeJS.ProcessEnv = process.env, warn: ConnectionWarn = () => undefined): pg.ClientConfig {
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
  // Undefined is no password (node-postgres then fails the exchange: connectionFault reads it as `password`).
  else {
    // Said once per configuration: the password is asked for at every new connection (every poll in an outage).
    let warned = false;
    const warnOnce: ConnectionWarn = (message, file) => {
      if (!warned) warn(message, file);
      warned = true;
    };
    config.password = (() => passwordFromFile(config, env, warnOnce)) as () => Promise<string>;
  }
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

/** Hears what libpq would warn about: a password file (`file`) that others may read, ignored; `message` says it in English. */
export type ConnectionWarn = (message: string, file: string) => void;

// pgpass writes its warnings to stderr by itself; passwordFromFile says them through its caller instead.
pgpassHelper.warnTo(undefined);

/**
 * The password for a connection from the password file (`PGPASSFILE`, else `~/.pgpass`; lines
 * `host:port:database:user:password`, read by the `pgpass` package), or undefined. A file that the group or
 * others may read is ignored, as libpq does ("has group or world access; permissions should be u=rw (0600) or
 * less"), and `warn` says so.
 */
function passwordFromFile(config: pg.ClientConfig, env: NodeJS.ProcessEnv, warn: ConnectionWarn): Promise<string | undefined> {
  const file = env.PGPASSFILE || path.join(env.HOME || os.homedir(), '.pgpass');
  try {
    const stat = statSync(file);
    if (stat.isFile() && process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
      warn(`the password file ${file} is ignored: others may read it (mode ${(stat.mode & 0o777).toString(8)}); make it private with chmod 600 ${file}`, file);
      return Promise.resolve(undefined);
    }
  } catch {
    return Promise.resolve(undefined);
  }
  const connection = { host: config.host ?? 'localhost', port: config.port ?? 5432, database: config.database ?? config.user, user: config.user };
  return new Promise((resolve) => pgpassHelper.getPassword(connection, createReadStream(file), resolve));
}

/**
 * A pool of connections to one database (at most `max`), closed with `end()`; `warn` hears what libpq would warn
 * about (a password file others may read).
 */
export function createPool(uri: string, max = 4, warn?: ConnectionWarn): pg.Pool {
  const pool = new pg.Pool({ ...clientConfig(uri, process.env, warn), max, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000 });
  // An idle connection that breaks (the server restarted) is dropped by the pool; the next query opens another.
  pool.on('error', () => undefined);
  return pool;
}

/**
 * Why a connection failed, by kind, read off node-postgres's and Node's errors (SQLSTATE codes of the PostgreSQL
 * documentation, appendix A; Node's system error codes): `password` (none found, or refused: 28P01, or the
 * SCRAM exchange without one), `login` (the server refuses this user or host: 28000, pg_hba.conf), `refused`
 * (nothing listens: ECONNREFUSED, or no socket file: ENOENT; or the server is shutting down or dropped the
 * connection: 57P01–57P03, ECONNRESET), `host` (the name does not resolve), `timeout`,
 * `database` (no such database: 3D000), `tls` (an SSL/TLS failure), else `other`.
 */
export type ConnectionFault = 'password' | 'login' | 'refused' | 'host' | 'timeout' | 'database' | 'tls' | 'other';

/** The kind of a connection error (see {@link ConnectionFault}). */
export function connectionFault(error: unknown): ConnectionFault {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  const text = String(message ?? error);
  if (code === '28P01' || /password/i.test(text)) return 'password';
  if (code === '28000' || /pg_hba\.conf/.test(text)) return 'login';
  // A server shutting down or starting up (57P01-57P03), or a connection it dropped, is one not accepting connections.
  if (code === 'ECONNREFUSED' || code === 'ENOENT' || code === 'ECONNRESET' || code === 'EPIPE' || /^57P0[123]$/.test(code ?? '') || /ECONNREFUSED|Connection terminated/i.test(text)) return 'refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host';
  if (code === 'ETIMEDOUT' || /timeout/i.test(text)) return 'timeout';
  if (code === '3D000') return 'database';
  if (/\bSSL\b|\bTLS\b|certificate/i.test(text)) return 'tls';
  return 'other';
}
