// Screenshots for the README: the example draft in code-server with the packaged extension installed,
// an entity hover (docs/hover.png), the Problems panel (docs/problems.png) and a sourced completion
// (docs/completion.png).
// Needs test/e2e/scripts/install-code-server.sh first.
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './codeServer';
import { step, withCodeServer } from './session';

const docs = path.join(repoRoot, 'docs');
const entity = 'Oleg Zankov';
const entityDefinition = 'co-fondatrice de latenode';

/** Moves the mouse to the middle of the first occurrence of `word` in the editor's text. */
async function hoverWord(page: Page, word: string): Promise<void> {
  // Runs in the page; this project compiles without the DOM types, hence `any`.
  const box = await page.evaluate((word) => {
    const doc = (globalThis as any).document;
    for (const line of doc.querySelectorAll('.monaco-editor .view-line')) {
      const walker = doc.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Monaco renders spaces as non-breaking spaces.
        const at = node.textContent.replace(/\u00a0/g, ' ').indexOf(word);
        if (at < 0) continue;
        const range = doc.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        const { x, y, width, height } = range.getBoundingClientRect();
        return { x: x + width / 2, y: y + height / 2 };
      }
    }
    return undefined;
  }, word);
  if (!box) throw new Error(`"${word}" is not visible in the editor`);
  await page.mouse.move(box.x, box.y);
}

async function main(): Promise<void> {
  mkdirSync(docs, { recursive: true });
  await withCodeServer(
    { workspaceFixture: path.join(repoRoot, 'examples'), timeoutMs: 5 * 60_000, viewport: { width: 1280, height: 760 } },
    async ({ server, page, workspace }) => {
      await page.goto(server.workbenchUrl(workspace), { waitUntil: 'domcontentloaded', timeout: 60_000 });
      await page.getByRole('treeitem', { name: 'draft.md' }).click({ timeout: 60_000 });
      // The status bar shows the corpus once the server is ready; a warning squiggle once the draft is checked.
      await page.locator('.statusbar-item', { hasText: /docs · .* sentences/ }).waitFor({ timeout: 60_000 });
      await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached', timeout: 60_000 });
      await page.locator('.monaco-editor .view-line', { hasText: '✓ @chine-ia-strategie' }).first().waitFor({ timeout: 30_000 });

      await hoverWord(page, entity);
      await page.locator('.monaco-hover-content', { hasText: entityDefinition }).waitFor({ timeout: 30_000 });
      await page.screenshot({ path: path.join(docs, 'hover.png'), animations: 'disabled' });
      step('saved docs/hover.png');

      await page.mouse.move(5, 400);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'contradicted-claim' }).first().waitFor({ timeout: 30_000 });
      await page.screenshot({ path: path.join(docs, 'problems.png'), animations: 'disabled' });
      step('saved docs/problems.png');

      // A sourced continuation: type the start of a sentence at the end of the draft and ask for completion.
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type('\n\nTrump envisage un tarif de ');
      await page.keyboard.press('Control+Space');
      await page.locator('.suggest-widget .monaco-list-row', { hasText: '60 % sur les produits chinois' }).first().waitFor({ timeout: 30_000 });
      await page.screenshot({ path: path.join(docs, 'completion.png'), animations: 'disabled' });
      step('saved docs/completion.png');
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
