// The UI in VS Code's display language, in a real editor: code-server started with `--locale fr`, then
// `--locale en`, the packaged extension installed, the example draft open. Checks what only the editor shows: the
// status bar item, the Entities view's groups and the command palette's titles, each in that language.
// Needs test/e2e/scripts/install-code-server.sh first.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './codeServer';
import { step, withCodeServer } from './session';

/**
 * No VS Code language pack can be installed here (the npm registry and apt have none), and without one
 * code-server resolves `--locale fr` to English. test/e2e/language-pack-fr is a pack with no translations: with it
 * the display language is French, which is what extensions' l10n bundles follow; VS Code's own UI stays English.
 */
async function languagePack(): Promise<string> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'grounded-lp-')), 'language-pack-fr.vsix');
  const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  await promisify(execFile)(process.execPath, [vsce, 'package', '--allow-missing-repository', '--skip-license', '--out', out], { cwd: path.join(repoRoot, 'test', 'e2e', 'language-pack-fr'), timeout: 60_000 });
  return out;
}

const expected = {
  fr: { status: /\d+ docs · \d+ phrases/, group: 'Personnes', command: 'Grounded: Réindexer le corpus', view: /Grounded : entités/i },
  en: { status: /\d+ docs · \d+ sentences/, group: 'People', command: 'Grounded: Re-index corpus', view: /Grounded: Entities/i },
};

async function check(locale: keyof typeof expected): Promise<void> {
  const want = expected[locale];
  const extraVsix = locale === 'fr' ? [await languagePack()] : [];
  // code-server's server reads the installed language packs from languagepacks.json, which only VS Code's desktop
  // shared process writes: written here as that process would for the stub pack.
  const prepare = ({ userData, extensions }: { userData: string; extensions: string }) => {
    if (locale !== 'fr') return;
    const translations = path.join(extensions, 'grounded-test.language-pack-fr-stub-0.0.1', 'translations', 'main.i18n.json');
    const packs = { fr: { hash: 'stub', extensions: [{ extensionIdentifier: { id: 'grounded-test.language-pack-fr-stub' }, version: '0.0.1' }], translations: { vscode: translations }, label: 'français' } };
    writeFileSync(path.join(userData, 'languagepacks.json'), JSON.stringify(packs));
  };
  await withCodeServer({ workspaceFixture: path.join(repoRoot, 'examples'), timeoutMs: 4 * 60_000, locale, extraVsix, prepare }, async ({ server, page, workspace }) => {
    await page.goto(server.workbenchUrl(workspace), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.getByRole('treeitem', { name: 'draft.md' }).click({ timeout: 60_000 });
    await page.locator('.statusbar-item', { hasText: want.status }).waitFor({ timeout: 60_000 });
    step(`${locale}: status bar ${want.status}`);
    // The Entities view, in the Explorer: its title, then a group.
    const view = page.locator('.pane-header', { hasText: want.view });
    await view.waitFor({ timeout: 30_000 });
    if ((await view.getAttribute('aria-expanded')) !== 'true') await view.click();
    await page.locator('.monaco-list-row', { hasText: want.group }).first().waitFor({ timeout: 30_000 });
    step(`${locale}: Entities view group « ${want.group} »`);
    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.type('Grounded');
    const titles = await page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
    assert.ok(titles.some((t) => t.includes(want.command)), titles.join(' | '));
    step(`${locale}: command « ${want.command} »`);
  });
}

async function main(): Promise<void> {
  for (const locale of ['fr', 'en'] as const) await check(locale);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
