// End-to-end check of a multi-root workspace in code-server: a .code-workspace of two folders, each with its own
// grounded.corpus.paths in .vscode/settings.json; test/e2e/suite/multiRoot.test.ts runs inside the extension host
// and checks that each folder's draft is checked against its own sources. Needs
// test/e2e/scripts/install-code-server.sh first. Exits with the suite's code.
import * as path from 'node:path';
import { bundleSuite } from './bundleSuite';
import { repoRoot } from './codeServer';
import { runSuite, step, withCodeServer } from './session';

async function main(): Promise<number> {
  const tests = await bundleSuite('multiRoot.index.ts');
  return withCodeServer({ workspaceFixture: path.join(repoRoot, 'test', 'e2e', 'workspace-multi-root'), timeoutMs: 6 * 60_000 }, (session) =>
    runSuite(session, tests, path.join(session.workspace, 'team.code-workspace'), 4 * 60_000, 'workspace'),
  );
}

main().then(
  (code) => {
    step(`multi-root suite exit code ${code}`);
    process.exit(code);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
