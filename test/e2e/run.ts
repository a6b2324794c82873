// End-to-end tests in a real VS Code: packages grounded.vsix, installs it into a fresh code-server, opens the
// workbench in headless Chromium and runs test/e2e/suite inside the extension host. Exits with the suite's code.
// Needs test/e2e/scripts/install-code-server.sh first. Recipe and reasons: docs/REAL-EDITOR.md.
import * as path from 'node:path';
import { bundleSuite } from './bundleSuite';
import { repoRoot } from './codeServer';
import { deadline, step, withCodeServer } from './session';

const overallTimeoutMs = 8 * 60_000;
const suiteTimeoutMs = 5 * 60_000;

async function main(): Promise<number> {
  const started = Date.now();
  const tests = await bundleSuite();
  const code = await withCodeServer(
    { workspaceFixture: path.join(repoRoot, 'test', 'e2e', 'workspace'), timeoutMs: overallTimeoutMs },
    async ({ server, page, workspace, installedExtension }) => {
      const exit = new Promise<number>((resolve) => void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code)));
      await page.exposeFunction('codeAutomationLog', (level: string, message: string) => {
        for (const line of String(message).split('\n')) console.log(level === 'info' ? line : `[${level}] ${line}`);
      });
      // The web workbench runs extension tests only with a development path: the installed copy is the one
      // under test, so it is that path.
      const payload: [string, string][] = [
        ['extensionDevelopmentPath', server.remoteUri(installedExtension)],
        ['extensionTestsPath', server.remoteUri(tests)],
      ];
      step(`running the suite in code-server on port ${server.port}`);
      await page.goto(server.workbenchUrl(workspace, payload), { waitUntil: 'domcontentloaded', timeout: 60_000 });
      return Promise.race([exit, deadline(suiteTimeoutMs, 'the suite did not report an exit code')]);
    },
  );
  step(`suite exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
