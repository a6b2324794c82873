// End-to-end check of a multi-root workspace in code-server: a .code-workspace of two folders, each with its own
// grounded.corpus.paths in .vscode/settings.json; test/e2e/suite/multiRoot.test.ts runs inside the extension host
// and checks that each folder's draft is checked against its own sources. Needs
// test/e2e/scripts/install-code-server.sh first. Exits with the suite's code.
import * as path from 'node:path';
import { bundleSuite } from './bundleSuite';
import { repoRoot } from './codeServer';
import { deadline, step, withCodeServer } from './session';

async function main(): Promise<number> {
  const tests = await bundleSuite('multiRoot.index.ts');
  return withCodeServer({ workspaceFixture: path.join(repoRoot, 'test', 'e2e', 'workspace-multi-root'), timeoutMs: 6 * 60_000 }, async ({ server, page, workspace, installedExtension }) => {
    const exit = new Promise<number>((resolve) => void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code)));
    await page.exposeFunction('codeAutomationLog', (level: string, message: string) => {
      for (const line of String(message).split('\n')) console.log(level === 'info' ? line : `[${level}] ${line}`);
    });
    const payload: [string, string][] = [
      ['extensionDevelopmentPath', server.remoteUri(installedExtension)],
      ['extensionTestsPath', server.remoteUri(tests)],
    ];
    const url = `http://127.0.0.1:${server.port}/?workspace=${encodeURIComponent(path.join(workspace, 'team.code-workspace'))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    step(`running the multi-root suite in code-server on port ${server.port}`);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    return Promise.race([exit, deadline(4 * 60_000, 'the multi-root suite did not report an exit code')]);
  });
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
