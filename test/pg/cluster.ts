/**
 * Throwaway PostgreSQL clusters for the tests: `initdb` in a temporary folder, `postgres` on 127.0.0.1 with a
 * free port (its Unix socket in the same folder), stopped by PID and removed. PostgreSQL's server programs come
 * from Debian's packages (`postgresql`; `.ci/run` installs them): the newest `/usr/lib/postgresql/<n>/bin`, or
 * `$GROUNDED_PG_BIN`. `initdb` refuses to run as root: as root (CI), the cluster runs as the `postgres` user that
 * the package creates, through `runuser`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import * as path from 'node:path';

/** The folder of PostgreSQL's server programs. Throws, saying how to install them, when there is none. */
export function pgBin(): string {
  if (process.env.GROUNDED_PG_BIN) return process.env.GROUNDED_PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a)) : [];
  if (versions.length === 0) throw new Error('PostgreSQL is not installed: apt-get install postgresql postgresql-contrib (or set GROUNDED_PG_BIN)');
  return path.join(root, versions[0], 'bin');
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

const asRoot = userInfo().uid === 0;

/** Runs one of PostgreSQL's programs, as `postgres` when this process is root. */
function run(program: string, args: string[]): string {
  const file = path.join(pgBin(), program);
  return asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', file, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) : execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function spawnServer(args: string[]): ChildProcess {
  const file = path.join(pgBin(), 'postgres');
  return asRoot ? spawn('runuser', ['-u', 'postgres', '--', file, ...args], { stdio: ['ignore', 'ignore', 'pipe'] }) : spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** A running throwaway cluster. */
export class Cluster {
  private log = '';
  private constructor(
    readonly dir: string,
    readonly port: number,
    private process: ChildProcess,
  ) {
    process.stderr!.on('data', (chunk) => (this.log += String(chunk)));
  }

  /** The superuser's connection URI to a database of this cluster (default `postgres`). */
  uri(database = 'postgres', user = 'postgres'): string {
    return `postgresql://${user}@127.0.0.1:${this.port}/${database}`;
  }

  /** The URI over the Unix socket (the cluster's folder). */
  socketUri(database = 'postgres', user = 'postgres'): string {
    return `postgresql://${user}@${encodeURIComponent(this.socketDir)}:${this.port}/${database}`;
  }

  get socketDir(): string {
    return path.join(this.dir, 'socket');
  }

  /** A new, empty cluster in a temporary folder, started; `primary` makes a streaming replica of it instead. */
  static async start(options: { primary?: Cluster } = {}): Promise<Cluster> {
    const dir = mkdtempSync(path.join(tmpdir(), 'grounded-pg-'));
    chmodSync(dir, 0o700);
    const data = path.join(dir, 'data');
    const socket = path.join(dir, 'socket');
    execFileSync('mkdir', ['-p', socket]);
    if (asRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
      chownSync(dir, uid, gid);
      chownSync(socket, uid, gid);
    }
    if (options.primary) {
      // A streaming replica: a base backup of the primary, standby.signal and primary_conninfo written by -R.
      run('pg_basebackup', ['-h', '127.0.0.1', '-p', String(options.primary.port), '-U', 'postgres', '-D', data, '-R', '-X', 'stream', '-c', 'fast']);
    } else {
      run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    }
    const port = await freePort();
    const server = spawnServer(serverArgs(dir, port));
    const cluster = new Cluster(dir, port, server);
    await cluster.ready();
    return cluster;
  }

  /** Waits until the server accepts connections (pg_isready), or fails with its log. */
  private async ready(): Promise<void> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', resolve));
    for (;;) {
      try {
        execFileSync(path.join(pgBin(), 'pg_isready'), ['-h', '127.0.0.1', '-p', String(this.port), '-q']);
        return;
      } catch {
        const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('waiting'), 50))]);
        if (code !== 'waiting') throw new Error(`postgres exited (${code}): ${this.log}`);
      }
    }
  }

  /** The postmaster's PID, from its pid file. */
  pid(): number {
    return Number(readFileSync(path.join(this.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  }

  /** Stops the server by its PID (fast shutdown), keeping its data: {@link resume} starts it again on the same port. */
  async halt(): Promise<void> {
    await this.shutDown();
  }

  /** Starts a halted server again (same data, same port) and waits until it accepts connections. */
  async resume(): Promise<void> {
    this.process = spawnServer(serverArgs(this.dir, this.port));
    this.process.stderr!.on('data', (chunk) => (this.log += String(chunk)));
    await this.ready();
  }

  /** Stops the server by its PID (fast shutdown) and removes the folder. */
  async stop(): Promise<void> {
    await this.shutDown();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async shutDown(): Promise<void> {
    if (this.process.exitCode === null && this.process.signalCode === null) {
      const exited = new Promise((resolve) => this.process.once('exit', resolve));
      try {
        process.kill(this.pid(), 'SIGINT');
      } catch {
        this.process.kill('SIGINT');
      }
      await exited;
    }
  }
}

/** The postgres arguments of a cluster in `dir` (data, socket folder) on `port`: TCP on 127.0.0.1 only, no fsync. */
function serverArgs(dir: string, port: number): string[] {
  return ['-D', path.join(dir, 'data'), '-p', String(port), '-k', path.join(dir, 'socket'), '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];
}
