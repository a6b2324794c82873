import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, repoRoot, startCodeServer, type CodeServer } from './codeServer';
import { descendants, stopTree } from './processes';

/** What {@link withCodeServer} hands to its body. */
export interface Session {
  server: CodeServer;
  page: Page;
  /** The copy of the workspace fixture that code-server opens. */
  workspace: string;
  /** The folder `--install-extension` unpacked grounded.vsix into. */
  installedExtension: string;
}

export interface SessionOptions {
  /** The folder to copy and open as the workspace (the tests and the screenshots change and edit it). */
  workspaceFixture: string;
  /** Everything, from packaging to stopping, must end within this many milliseconds. */
  timeoutMs: number;
  viewport?: { width: number; height: number };
  /** VS Code's display language (code-server's `--locale`); default: English. */
  locale?: string;
  /** More `.vsix` files to install before the extension (a language pack). */
  extraVsix?: string[];
  /** See CodeServerOptions.prepare. */
  prepare?: (folders: { userData: string; extensions: string }) => void;
}

/**
 * Runs the bundled extension-test suite `tests` inside the workbench of `session`, opened on `target` (a folder,
 * or with `kind` 'workspace' a `.code-workspace` file), forwarding its console; resolves with the suite's exit
 * code, rejects after `timeoutMs` without one.
 */
export async function runSuite(session: Session, tests: string, target: string, timeoutMs: number, kind: 'folder' | 'workspace' = 'folder'): Promise<number> {
  const { server, page, installedExtension } = session;
  const exit = new Promise<number>((resolve) => void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code)));
  await page.exposeFunction('codeAutomationLog', (level: string, message: string) => {
    for (const line of String(message).split('\n')) console.log(level === 'info' ? line : `[${level}] ${line}`);
  });
  // The web workbench runs extension tests only with a development path: the installed copy is the one under
  // test, so it is that path.
  const payload: [string, string][] = [
    ['extensionDevelopmentPath', server.remoteUri(installedExtension)],
    ['extensionTestsPath', server.remoteUri(tests)],
  ];
  step(`running ${path.basename(tests)} in code-server on port ${server.port}`);
  await page.goto(server.workbenchUrl(target, payload, kind), { waitUntil: 'domcontentloaded', timeout: 60_000 });
  return Promise.race([exit, deadline(timeoutMs, 'the suite did not report an exit code')]);
}

/** Prints a step of the run. */
export const step = (message: string) => console.log(`== e2e: ${message}`);

/** Rejects after `ms` milliseconds, naming `what`. */
export function deadline(ms: number, what: string): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s: ${what}`)), ms).unref();
  });
}

/** Builds grounded.vsix with `npm run package` (production build, @vscode/vsce); returns its path. */
export async function packageExtension(): Promise<string> {
  step('packaging grounded.vsix (npm run package)');
  await promisify(execFile)('npm', ['run', 'package'], { cwd: repoRoot, timeout: 180_000 }).catch((error: { stdout?: string; stderr?: string }) => {
    console.error(error.stdout, error.stderr);
    throw error;
  });
  return path.join(repoRoot, 'grounded.vsix');
}

/**
 * Packages the extension, installs the `.vsix` into a fresh code-server, launches Chromium with one blank page,
 * and runs `body`. Code-server, the browser and every process they started are stopped by PID afterwards,
 * also on failure, on timeout, on SIGINT and on SIGTERM, and the temp folder is removed.
 */
export async function withCodeServer<T>(options: SessionOptions, body: (session: Session) => Promise<T>): Promise<T> {
  const work = mkdtempSync(path.join(tmpdir(), 'grounded-e2e-'));
  let server: CodeServer | undefined;
  let browser: BrowserContext | undefined;
  let stopping: Promise<void> | undefined;
  const cleanUp = () =>
    (stopping ??= (async () => {
      if (browser) await Promise.race([browser.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (server) await server.stop();
      for (const pid of descendants(process.pid)) await stopTree(pid);
      rmSync(work, { recursive: true, force: true });
    })());
  const onSignal = (code: number) => () => void cleanUp().finally(() => process.exit(code));
  const onInt = onSignal(130);
  const onTerm = onSignal(143);
  process.once('SIGINT', onInt);
  process.once('SIGTERM', onTerm);

  const start = async () => {
    const vsix = await packageExtension();
    const workspace = path.join(work, path.basename(options.workspaceFixture));
    cpSync(options.workspaceFixture, workspace, { recursive: true });
    step(`installing ${path.basename(vsix)} (${Math.round(statSync(vsix).size / 1024)} KB) and starting code-server`);
    server = await startCodeServer({ dir: work, vsix, locale: options.locale, extraVsix: options.extraVsix, prepare: options.prepare });
    const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const installedExtension = path.join(work, 'extensions', `grounded.grounded-${version}`);
    if (!existsSync(path.join(installedExtension, 'dist', 'server.js'))) throw new Error(`--install-extension did not unpack ${installedExtension}`);
    browser = await launchBrowser(path.join(work, 'chromium'), options.viewport);
    const page = browser.pages()[0] ?? (await browser.newPage());
    return body({ server, page, workspace, installedExtension });
  };

  try {
    return await Promise.race([start(), deadline(options.timeoutMs, 'the code-server session')]);
  } catch (error) {
    if (server) console.error(`code-server log (tail):\n${readFileSync(server.logFile, 'utf8').slice(-3000)}`);
    throw error;
  } finally {
    await cleanUp();
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  }
}
