// The end-to-end suite in desktop VS Code through @vscode/test-electron, for machines that can download VS Code
// or have one: set VSCODE_EXECUTABLE to its executable to skip the download. The extension under test is this
// folder's development build (npm run build). CI here uses code-server instead (run.ts): see docs/REAL-EDITOR.md.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { bundleSuite } from './bundleSuite';

const repoRoot = path.resolve(__dirname, '..', '..');

async function main(): Promise<number> {
  const work = mkdtempSync(path.join(tmpdir(), 'grounded-e2e-electron-'));
  try {
    const workspace = path.join(work, 'workspace');
    cpSync(path.join(repoRoot, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
    return await runTests({
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: await bundleSuite(),
      launchArgs: [workspace, '--user-data-dir', path.join(work, 'user-data'), '--extensions-dir', path.join(work, 'extensions')],
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
