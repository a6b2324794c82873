// End-to-end tests in a real VS Code: packages grounded.vsix, installs it into a fresh code-server, opens the
// workbench in headless Chromium and runs test/e2e/suite inside the extension host. Exits with the suite's code.
// Needs test/e2e/scripts/install-code-server.sh first. Recipe and reasons: docs/REAL-EDITOR.md.
import * as path from 'node:path';
import { bundleSuite } from './bundleSuite';
import { repoRoot } from './codeServer';
import { runSuite, step, withCodeServer } from './session';

const overallTimeoutMs = 8 * 60_000;
const suiteTimeoutMs = 5 * 60_000;

async function main(): Promise<number> {
  const started = Date.now();
  const tests = await bundleSuite();
  const code = await withCodeServer(
    { workspaceFixture: path.join(repoRoot, 'test', 'e2e', 'workspace'), timeoutMs: overallTimeoutMs },
    (session) => runSuite(session, tests, session.workspace, suiteTimeoutMs),
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
