// End-to-end check of a setting mistake as the writer sees it, in code-server driven from outside (the
// notification and the settings editor are workbench UI the extension host cannot see): a workspace whose
// grounded.corpus.paths names a folder that does not exist shows one error notification saying so, with an
// "Open Settings" button that opens the settings editor on grounded.corpus.paths; the draft gets no finding.
// Needs test/e2e/scripts/install-code-server.sh first. Exits 0 when all holds.
import * as path from 'node:path';
import { repoRoot } from './codeServer';
import { step, withCodeServer } from './session';

async function main(): Promise<void> {
  await withCodeServer(
    { workspaceFixture: path.join(repoRoot, 'test', 'e2e', 'workspace-unreadable-corpus'), timeoutMs: 5 * 60_000, viewport: { width: 1280, height: 760 } },
    async ({ server, page, workspace }) => {
      await page.goto(server.workbenchUrl(workspace), { waitUntil: 'domcontentloaded', timeout: 60_000 });
      await page.getByRole('treeitem', { name: 'draft.md' }).click({ timeout: 60_000 });

      const toast = page.locator('.notification-toast', { hasText: 'Grounded has no corpus to check against' });
      await toast.waitFor({ timeout: 60_000 });
      const text = await toast.innerText();
      if (!/corpus path "sources-that-do-not-exist" does not exist/.test(text)) throw new Error(`the notification does not say what is wrong: ${text}`);
      step('the notification says what is wrong');
      if ((await page.locator('.notification-toast', { hasText: 'no corpus to check against' }).count()) !== 1) throw new Error('more than one notification');

      const squiggles = await page.locator('.monaco-editor .squiggly-info, .monaco-editor .squiggly-warning').count();
      if (squiggles !== 0) throw new Error(`${squiggles} findings on a draft checked against no corpus`);
      step('no finding on the draft');

      await toast.getByRole('button', { name: 'Open Settings' }).click({ timeout: 10_000 });
      await page.locator('.settings-editor').waitFor({ timeout: 30_000 });
      await page.locator('.settings-editor .setting-item-contents', { hasText: 'Corpus: Paths' }).first().waitFor({ timeout: 30_000 });
      const shown = await page.locator('.settings-editor .setting-item-contents .setting-item-title').allInnerTexts();
      if (!shown.some((title) => /Corpus: Paths/.test(title))) throw new Error(`the settings editor shows ${shown.join(', ')}`);
      step('"Open Settings" opened the settings editor on grounded.corpus.paths');
    },
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
