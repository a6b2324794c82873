import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhen } from './helpers';

/**
 * A multi-root workspace (test/e2e/workspace-multi-root/team.code-workspace) whose folders alpha and beta each
 * set grounded.corpus.paths in their own .vscode/settings.json: each folder's draft is checked against its own
 * folder's sources. VS Code drops window-scoped settings from folder settings, so this fails unless the
 * settings have resource scope (the draft is then checked against the bundled sample: every claim unsupported).
 */
describe('a multi-root workspace, each folder with its own corpus', () => {
  const folder = (name: string) => {
    const found = vscode.workspace.workspaceFolders?.find((f) => f.name === name);
    assert.ok(found, `the workspace has no folder ${name}`);
    return found;
  };

  async function contradictions(name: string): Promise<vscode.Diagnostic[]> {
    const uri = vscode.Uri.joinPath(folder(name).uri, 'draft.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostics = await diagnosticsWhen(uri, (ds) => ds.some((d) => codeOf(d) === 'contradicted-claim'), `a contradiction in ${name}/draft.md`);
    return diagnostics.filter((d) => codeOf(d) === 'contradicted-claim');
  }

  it("checks alpha's draft against alpha's sources", async () => {
    const found = await contradictions('alpha');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /41,000/);
    assert.match(found[0].message, /@lindqvist-ferries/);
  });

  it("checks beta's draft against beta's sources", async () => {
    const found = await contradictions('beta');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /12,000/);
    assert.match(found[0].message, /@oakmere-trams/);
  });
});
