import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, writeFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext } from 'playwright-core';
import { stopTree } from './processes';

export const repoRoot = path.resolve(__dirname, '..', '..');
const entry = path.join(repoRoot, '.vscode-test', 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** A running code-server on 127.0.0.1, started by {@link startCodeServer}. */
export interface CodeServer {
  readonly pid: number;
  readonly port: number;
  /** code-server's own stdout and stderr. */
  readonly logFile: string;
  /**
   * The workbench URL that opens `folder` (or, with `kind` 'workspace', a `.code-workspace` file), with `payload`
   * entries such as `extensionTestsPath`.
   */
  workbenchUrl(folder: string, payload?: [string, string][], kind?: 'folder' | 'workspace'): string;
  /** A path on this machine as the web workbench addresses it (for `payload`). */
  remoteUri(file: string): string;
  /** Stops code-server and everything it started (extension host, language server), by PID. */
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  /** A fresh folder for user data, extensions, XDG folders and the log. */
  dir: string;
  /** A `.vsix` to install with `--install-extension` before starting. */
  vsix?: string;
  /** More `.vsix` files to install first (a language pack). */
  extraVsix?: string[];
  /** Called after the installs, before code-server starts, with its user data and extensions folders. */
  prepare?: (folders: { userData: string; extensions: string }) => void;
  /** Milliseconds to wait for `/healthz` (default 30 s). */
  timeoutMs?: number;
  /** VS Code's display language (code-server's `--locale`), e.g. `fr`; default: English. */
  locale?: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The environment for code-server: XDG folders inside `dir`, and no VSCODE_* variable of an editor we run in. */
function environment(dir: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VSCODE_') && key !== 'ELECTRON_RUN_AS_NODE'));
  for (const name of ['CONFIG', 'CACHE', 'DATA']) {
    const folder = path.join(dir, 'xdg', name.toLowerCase());
    mkdirSync(folder, { recursive: true });
    env[`XDG_${name}_HOME`] = folder;
  }
  return env;
}

async function waitForHealth(port: number, exited: () => number | null, timeoutMs: number, logFile: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const code = exited();
    if (code !== null) throw new Error(`code-server exited with code ${code} before answering; see ${logFile}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer /healthz within ${timeoutMs} ms; see ${logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Starts code-server (installed by test/e2e/scripts/install-code-server.sh) on a free loopback port with
 * fresh user data and extensions folders, after installing `options.vsix` if given; resolves once it answers
 * `/healthz`. Throws when code-server is not installed, exits early or does not answer in time.
 */
export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  if (!existsSync(entry)) throw new Error(`code-server is not installed: run test/e2e/scripts/install-code-server.sh (looked for ${entry})`);
  const userData = path.join(options.dir, 'user-data');
  const extensions = path.join(options.dir, 'extensions');
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({ 'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false, 'extensions.ignoreRecommendations': true, 'telemetry.telemetryLevel': 'off' }),
  );
  const env = environment(options.dir);
  const common = ['--user-data-dir', userData, '--extensions-dir', extensions];

  for (const vsix of [...(options.extraVsix ?? []), ...(options.vsix ? [options.vsix] : [])]) {
    await promisify(execFile)(process.execPath, [entry, ...common, '--install-extension', vsix], { env, timeout: 60_000 });
  }

  options.prepare?.({ userData, extensions });
  const port = await freePort();
  const logFile = path.join(options.dir, 'code-server.log');
  const log = openSync(logFile, 'a');
  const child = spawn(
    process.execPath,
    [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', ...(options.locale ? ['--locale', options.locale] : []), ...common],
    { env, stdio: ['ignore', log, log] },
  );
  closeSync(log);
  const pid = child.pid!;
  const stop = () => stopTree(pid);
  try {
    await waitForHealth(port, () => child.exitCode, options.timeoutMs ?? 30_000, logFile);
  } catch (error) {
    await stop();
    throw error;
  }

  const remoteUri = (file: string) => `vscode-remote://127.0.0.1:${port}${file}`;
  return {
    pid,
    port,
    logFile,
    remoteUri,
    workbenchUrl: (folder, payload, kind = 'folder') => {
      const query = `${kind}=${encodeURIComponent(folder)}` + (payload ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : '');
      return `http://127.0.0.1:${port}/?${query}`;
    },
    stop,
  };
}

/**
 * Debian's Chromium driven by playwright-core (no browser download), headless, with a fresh profile in
 * `profileDir`. Signals are left to the caller, which stops the browser itself.
 */
export function launchBrowser(profileDir: string, viewport = { width: 1280, height: 800 }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport,
    timeout: 30_000,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
