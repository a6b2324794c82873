// End-to-end tests in a real VS Code: packages grounded.vsix, installs it into a fresh code-server, opens the
// workbench in headless Chromium and runs test/e2e/suite inside the extension host. Exits with the suite's code.
// Needs test/e2e/scripts/install-code-server.sh first. Recipe and reasons: shared/REAL-EDITOR.md.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import { bundleSuite } from './bundleSuite';
import { launchBrowser, repoRoot, startCodeServer, type CodeServer } from './codeServer';
import { descendants, stopTree } from './processes';

const overallTimeoutMs = 8 * 60_000;
const suiteTimeoutMs = 2 * 60_000;

const work = mkdtempSync(path.join(tmpdir(), 'grounded-e2e-'));
let server: CodeServer | undefined;
let browser: BrowserContext | undefined;
let stopping: Promise<void> | undefined;

const step = (message: string) => console.log(`== e2e: ${message}`);

/** Closes the browser, stops code-server and anything else this process started, then removes the temp folder. */
function cleanUp(): Promise<void> {
  stopping ??= (async () => {
    if (browser) await Promise.race([browser.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (server) await server.stop();
    for (const pid of descendants(process.pid)) await stopTree(pid);
    rmSync(work, { recursive: true, force: true });
  })();
  return stopping;
}

function timeout<T>(ms: number, what: string): Promise<T> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s: ${what}`)), ms).unref());
}

async function runSuite(): Promise<number> {
  step('packaging grounded.vsix (npm run package)');
  await promisify(execFile)('npm', ['run', 'package'], { cwd: repoRoot, timeout: 180_000 }).catch((error: { stdout?: string; stderr?: string }) => {
    console.error(error.stdout, error.stderr);
    throw error;
  });
  const vsix = path.join(repoRoot, 'grounded.vsix');
  const tests = await bundleSuite();

  // A copy, because the tests change workspace settings and edit the draft.
  const workspace = path.join(work, 'workspace');
  cpSync(path.join(repoRoot, 'test', 'e2e', 'workspace'), workspace, { recursive: true });

  step(`installing ${path.basename(vsix)} (${Math.round(statSync(vsix).size / 1024)} KB) and starting code-server`);
  server = await startCodeServer({ dir: work, vsix });
  const installed = path.join(work, 'extensions', `grounded.grounded-${JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version}`);
  statSync(path.join(installed, 'dist', 'server.js'));

  browser = await launchBrowser(path.join(work, 'chromium'));
  const page = browser.pages()[0] ?? (await browser.newPage());
  const exit = new Promise<number>((resolve) => void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code)));
  await page.exposeFunction('codeAutomationLog', (level: string, message: string) => {
    for (const line of String(message).split('\n')) console.log(level === 'info' ? line : `[${level}] ${line}`);
  });
  // The installed extension is the one under test: it is also the development path the web workbench wants.
  const payload: [string, string][] = [
    ['extensionDevelopmentPath', server.remoteUri(installed)],
    ['extensionTestsPath', server.remoteUri(tests)],
  ];
  step(`running the suite in code-server on port ${server.port}`);
  await page.goto(server.workbenchUrl(workspace, payload), { waitUntil: 'domcontentloaded', timeout: 60_000 });
  return Promise.race([exit, timeout<number>(suiteTimeoutMs, 'the suite did not report an exit code')]);
}

async function main(): Promise<number> {
  const started = Date.now();
  process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));
  process.once('SIGTERM', () => void cleanUp().finally(() => process.exit(143)));
  try {
    const code = await Promise.race([runSuite(), timeout<number>(overallTimeoutMs, 'the end-to-end run')]);
    step(`suite exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return code;
  } catch (error) {
    console.error(error);
    if (server) console.error(`code-server log (tail):\n${readFileSync(server.logFile, 'utf8').slice(-3000)}`);
    return 1;
  } finally {
    if (server) require('fs').copyFileSync(server.logFile, '/tmp/cs.log');
    await cleanUp();
  }
}

void main().then((code) => process.exit(code));
