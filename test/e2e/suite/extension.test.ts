import assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GroundedApi } from '../../../client/src/extension';
import {
  codeOf,
  entityKnown,
  diagnosticsWhen,
  groundedDiagnostics,
  hoverText,
  poll,
  positionOf,
  repoRoot,
  serverPids,
  within,
  workspaceFile,
} from './helpers';

const extensionId = 'grounded.grounded';
const railCorpus = path.join(repoRoot, 'test', 'fixtures', 'corpora', 'rail');

describe('Grounded in a real VS Code', function () {
  let extension: vscode.Extension<GroundedApi>;
  let api: GroundedApi;
  let draft: vscode.TextDocument;
  let activeBeforeMarkdown: boolean;

  const textOf = (diagnostic: vscode.Diagnostic) => draft.getText(diagnostic.range);
  const isWrongEngineers = (d: vscode.Diagnostic) => codeOf(d) === 'contradicted-claim' && textOf(d) === '1,2 million';
  const isBerlin = (d: vscode.Diagnostic) => codeOf(d) === 'unsupported-claim' && textOf(d).includes('Berlin en 2022');

  before(async () => {
    const found = vscode.extensions.getExtension<GroundedApi>(extensionId);
    assert.ok(found, `${extensionId} is not installed`);
    extension = found;
    activeBeforeMarkdown = extension.isActive;
    draft = await vscode.workspace.openTextDocument(workspaceFile('draft.md'));
    await vscode.window.showTextDocument(draft);
  });

  it('activates on a Markdown file and starts the language server', async () => {
    assert.equal(activeBeforeMarkdown, false, 'active before any Markdown file was open');
    await poll(() => extension.isActive, 'activation on opening a Markdown file');
    api = await extension.activate();
    await within(api.ready, 'the server to report its corpus ready');
    assert.equal(serverPids().length, 1, 'one language server process');
  });

  it('hovers an entity with its definition from the corpus', async () => {
    await entityKnown(api.client, 'Martin Lau');
    const text = await hoverText(draft, positionOf(draft, 'Martin Lau', 2));
    assert.match(text, /\*\*Martin Lau\*\*/);
    assert.match(text, /président de Tencent/);
  });

  it('shows contradicted and unsupported claims as diagnostics', async () => {
    const diagnostics = await diagnosticsWhen(draft.uri, (ds) => ds.some(isWrongEngineers) && ds.some(isBerlin), 'the claim diagnostics');
    const wrong = diagnostics.find(isWrongEngineers)!;
    assert.equal(wrong.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(wrong.message, /3,57 millions/);
    assert.equal(diagnostics.find(isBerlin)!.severity, vscode.DiagnosticSeverity.Information);
  });

  it('fixes a wrong figure with the source’s, through a quick fix', async () => {
    const wrong = groundedDiagnostics(draft.uri).find(isWrongEngineers)!;
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', draft.uri, wrong.range);
    const fix = actions.find((a): a is vscode.CodeAction => 'isPreferred' in a && a.isPreferred === true && a.edit !== undefined);
    assert.ok(fix, `no preferred fix among: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.match(draft.getText(), /la Chine diplôme 3,57 millions d'ingénieurs\./);
    await diagnosticsWhen(draft.uri, (ds) => !ds.some((d) => textOf(d).includes('millions')) && ds.some(isBerlin), 'the fixed claim to be accepted');

    await vscode.window.showTextDocument(draft);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await diagnosticsWhen(draft.uri, (ds) => ds.some(isWrongEngineers), 'the reverted draft to be flagged again');
  });

  it('goes from a claim to the source passage behind it', async () => {
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      draft.uri,
      positionOf(draft, 'stock important'),
    );
    const targets = locations.map((l) => ('targetUri' in l ? { uri: l.targetUri, range: l.targetRange } : l));
    assert.equal(targets.length, 1, 'the best passage only');
    const expected = path.join(extension.extensionPath, 'corpus', 'tencent-baidu-strategies.md');
    assert.deepEqual([...new Set(targets.map((t) => t.uri.fsPath))], [expected], 'the bundled corpus of the installed extension');
    const source = await vscode.workspace.openTextDocument(targets[0].uri);
    const passages = targets.map((t) => source.getText(t.range));
    assert.ok(passages.some((p) => /Martin Lau, président de Tencent/.test(p)), passages.join('\n'));
  });

  it('completes a sentence with a sourced fact and its citation', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Trump envisage un tarif de ' });
    await vscode.window.showTextDocument(doc);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, doc.positionAt(doc.getText().length));
    const inserts = list.items.map((item) => (typeof item.insertText === 'string' ? item.insertText : (item.insertText?.value ?? '')));
    assert.ok(inserts.includes('60 % sur les produits chinois [@silicon-valley-talents]'), inserts.join('\n'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.window.showTextDocument(draft);
  });

  it('accepting the first suggestion after « Martin L » gives « Martin Lau »: the name replaces both words typed', async () => {
    const typed = 'Selon Martin L';
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: typed });
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(doc.positionAt(typed.length), doc.positionAt(typed.length));
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    // The suggest widget fires no event the API sees: accept until the text changes (the first item once it is shown).
    await poll(() => {
      void vscode.commands.executeCommand('acceptSelectedSuggestion');
      return doc.getText() !== typed;
    }, 'a suggestion to be accepted');
    assert.equal(doc.getText(), 'Selon Martin Lau');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.window.showTextDocument(draft);
  });

  it('restarts the language server after it is killed, and diagnostics come back', async () => {
    const [before] = serverPids();
    assert.ok(before, 'a running server');
    const cleared = diagnosticsWhen(draft.uri, (ds) => ds.length === 0, 'the dead server’s diagnostics to be cleared');
    process.kill(before, 'SIGKILL');
    await cleared;
    await diagnosticsWhen(draft.uri, (ds) => ds.some(isWrongEngineers) && ds.some(isBerlin), 'diagnostics from the restarted server');
    const after = serverPids();
    assert.equal(after.length, 1);
    assert.notEqual(after[0], before, 'a new server process');
    assert.match(await hoverText(draft, positionOf(draft, 'Martin Lau', 2)), /président de Tencent/, 'the new server answers hovers');
  });

  describe('grounded.corpus.paths', function () {
    let rail: vscode.TextDocument;
    const config = () => vscode.workspace.getConfiguration('grounded');

    after(async () => {
      await config().update('corpus.paths', undefined, vscode.ConfigurationTarget.Workspace);
    });

    it('re-indexes another corpus when the setting changes, and its facts hover', async () => {
      rail = await vscode.workspace.openTextDocument(workspaceFile('rail.md'));
      await vscode.window.showTextDocument(rail);
      await diagnosticsWhen(rail.uri, (ds) => ds.some((d) => codeOf(d) === 'unsupported-claim'), 'the rail claim, unsupported by the bundled corpus');
      assert.doesNotMatch(await hoverText(rail, positionOf(rail, 'Arc-Dora', 1)), /Maurienne/);

      await config().update('corpus.paths', [railCorpus], vscode.ConfigurationTarget.Workspace);
      await diagnosticsWhen(rail.uri, (ds) => ds.length === 0, 'the rail claim to be supported by the rail corpus');
      await entityKnown(api.client, 'Arc-Dora');
      const text = await hoverText(rail, positionOf(rail, 'Arc-Dora', 1));
      assert.match(text, /qui reliera la vallée de la Maurienne au val de Suse/);
      assert.match(text, /Étayé par le corpus/);
      assert.match(text, /tunnel-arc-dora\.md/);
    });
  });
});
