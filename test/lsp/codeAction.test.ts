import assert from 'node:assert/strict';
import type { CodeAction, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { positionOf, TestClient } from './harness';
import { applyEdits, devDraft, openDevDraft, sharedClient, textAt } from './shared';

describe('textDocument/codeAction', function () {
  it('offers a quick fix that writes the source figure in the writer’s style', async () => {
    const { client, diagnostics } = await openDevDraft();
    const uri = devDraft.uri;
    const d = diagnostics.find((x) => x.code === 'contradicted-claim' && textAt(devDraft.text, x) === '1,2 million')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const fix = actions.find((a) => a.isPreferred)!;
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    const fixed = applyEdits(devDraft.text, fix.edit!.changes![uri]);
    assert.match(fixed, /la Chine diplôme 3,57 millions d'ingénieurs\./);
  });

  it('moves a fix with its claim when the draft changed before the fix is asked for, and drops it when the claim changed', async () => {
    const client = await sharedClient('bundled');
    const uri = 'untitled:dev-draft-stale.md';
    await client.open(uri, devDraft.text);
    const diagnostics = await client.nextDiagnostics(uri, 0);
    const d = diagnostics.find((x) => x.code === 'contradicted-claim' && textAt(devDraft.text, x) === '1,2 million')!;
    assert.ok(d, JSON.stringify(diagnostics.map((x) => x.message)));
    // A paragraph typed above the claim, and the fix asked for before the check of the new text (the client still holds d).
    const moved = `Un paragraphe ajouté avant tout le reste.\n\n${devDraft.text}`;
    await client.change(uri, moved, 2);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const fix = actions.find((a) => a.isPreferred)!;
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    const fixed = applyEdits(moved, fix.edit!.changes![uri]);
    assert.match(fixed, /la Chine diplôme 3,57 millions d'ingénieurs\./);
    assert.equal(fixed.length - moved.length, '3,57 millions'.length - '1,2 million'.length, 'only the figure is replaced');
    // The claim itself edited since: its old fix is no longer offered (the new check gives the fixes of the new text).
    const edited = moved.replace('1,2 million', '1,4 million');
    await client.change(uri, edited, 3);
    const after = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    assert.ok(!after.some((a) => a.edit?.changes?.[uri]?.some((e) => e.newText.includes('3,57'))), JSON.stringify(after.map((a) => a.title)));
  });

  it('names the draft version in its edits for a client that takes versioned edits', async () => {
    const client = await TestClient.start({ versionedEdits: true });
    try {
      const uri = 'untitled:dev-draft-versioned.md';
      await client.open(uri, devDraft.text);
      const diagnostics = await client.nextDiagnostics(uri, 0);
      const d = diagnostics.find((x) => x.code === 'contradicted-claim' && textAt(devDraft.text, x) === '1,2 million')!;
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      const fix = actions.find((a) => a.isPreferred)!;
      const [change] = fix.edit!.documentChanges! as TextDocumentEdit[];
      assert.deepEqual(change.textDocument, { uri, version: 1 });
      assert.match(applyEdits(devDraft.text, change.edits as TextEdit[]), /la Chine diplôme 3,57 millions d'ingénieurs\./);
    } finally {
      await client.stop();
    }
  });

  it('offers no value fix on a claim inside a block quote', async () => {
    const client = await sharedClient('bundled');
    const uri = 'untitled:dev-draft-quoted.md';
    const line = devDraft.text.split('\n').find((l) => l.includes('1,2 million'))!;
    const text = `> ${line.replace(/^[-*>\s]+/, '')}\n`;
    await client.open(uri, text);
    const diagnostics = await client.nextDiagnostics(uri, 0);
    const d = diagnostics.find((x) => x.code === 'contradicted-claim')!;
    assert.ok(d, JSON.stringify(diagnostics));
    assert.match(String(d.message), /\(dans une citation : aucune valeur n’y est réécrite\)$/);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    assert.ok(!actions.some((a) => a.isPreferred), JSON.stringify(actions.map((a) => a.title)));
    assert.ok(!actions.some((a) => a.edit?.changes?.[uri]?.some((e) => /\d/.test(e.newText))), JSON.stringify(actions.map((a) => a.title)));
  });

  it('offers to mark a claim as checked, and the checker then honours it', async () => {
    const client = await sharedClient('bundled');
    const uri = 'untitled:dev-draft-marked.md';
    await client.open(uri, devDraft.text);
    const diagnostics = await client.nextDiagnostics(uri, 0);
    const d = diagnostics.find((x) => x.code === 'unsupported-claim' && textAt(devDraft.text, x) === 'Tencent a ouvert un centre de recherche en IA à Berlin en 2022.')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const mark = actions.find((a) => a.title.includes('grounded: ignore'))!;
    assert.ok(mark);
    const marked = applyEdits(devDraft.text, mark.edit!.changes![uri]);
    assert.match(marked, /Berlin en 2022\. <!-- grounded: ignore-sentence -->/);
    const seen = client.diagnosticsCount(uri);
    await client.change(uri, marked, 2);
    const after = await client.nextDiagnostics(uri, seen);
    assert.ok(!after.some((x) => x.code === 'unsupported-claim'), 'the ignored claim is silent');
    assert.equal(after.filter((x) => x.code === 'contradicted-claim').length, 3, 'the others remain');
  });

  it('offers to cite the source of a supported claim', async () => {
    const { client } = await openDevDraft();
    const uri = devDraft.uri;
    const position = positionOf(devDraft.text, 'Ascend');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } });
    const cite = actions.find((a) => a.title.includes('[@cloud-ia-international]'))!;
    assert.ok(cite, JSON.stringify(actions.map((a) => a.title)));
    assert.match(applyEdits(devDraft.text, cite.edit!.changes![uri]), /déployées en Malaisie \[@cloud-ia-international\]\./);
  });

  it('suggests the id a mistyped citation meant, as a quick fix', async () => {
    const client = await sharedClient('bundled');
    const uri = 'untitled:typo.md';
    const text = 'Un fait [@cloud-ia-internationl].\n';
    await client.open(uri, text);
    const diagnostics = await client.nextDiagnostics(uri, 0);
    const unknown = diagnostics.find((d) => d.code === 'unknown-source')!;
    assert.equal(unknown.message, 'Source inconnue : @cloud-ia-internationl — vouliez-vous dire @cloud-ia-international ?');
    const actions = await client.request<{ title: string; edit?: { changes: Record<string, { newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: unknown.range,
      context: { diagnostics: [unknown] },
    });
    assert.equal(actions[0].edit!.changes[uri][0].newText, 'cloud-ia-international');
  });

  it('on a mistyped citation of a supported claim, offers the source that supports it, not the closest spelling', async () => {
    const client = await sharedClient('bundled');
    const uri = 'untitled:typo-supported.md';
    // The id is spelled like @chine-ia-strategie; the sentence is supported by @cloud-ia-international.
    const text = 'Les puces Ascend de Huawei sont déjà déployées en Malaisie [@chine-ia-strategi].\n';
    await client.open(uri, text);
    const unknown = (await client.nextDiagnostics(uri, 0)).find((d) => d.code === 'unknown-source')!;
    assert.equal(unknown.message, 'Source inconnue : @chine-ia-strategi — la phrase est étayée par @cloud-ia-international');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: unknown.range, context: { diagnostics: [unknown] } });
    assert.equal(actions[0].title, 'Citer @cloud-ia-international, qui étaye la phrase');
    assert.equal(actions[0].isPreferred, true);
    const fixed = applyEdits(text, actions[0].edit!.changes![uri]);
    assert.equal(fixed, 'Les puces Ascend de Huawei sont déjà déployées en Malaisie [@cloud-ia-international].\n');
    assert.ok(!actions.some((a) => a.title.includes('@chine-ia-strategie')), actions.map((a) => a.title).join(' | '));
    // Applied, the sentence raises no new finding (a spelling fix would have raised miscited-claim).
    const seen = client.diagnosticsCount(uri);
    await client.change(uri, fixed, 2);
    assert.deepEqual(await client.nextDiagnostics(uri, seen), []);
  });

  it('on a one-line paragraph, lists only the fixes of the sentence at the cursor', async () => {
    const client = await sharedClient('bundled');
    const uri = 'untitled:one-line.md';
    const text = 'Alibaba Cloud exploite des centres de données dans 12 régions hors de Chine. Tencent a ouvert un centre de recherche en IA à Berlin en 2022.\n';
    await client.open(uri, text);
    const diagnostics = await client.nextDiagnostics(uri, 0);
    assert.equal(diagnostics.length, 2);
    const cursor = positionOf(text, 'Berlin');
    // As VS Code sends them: the cursor, with the line's diagnostics.
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: cursor, end: cursor }, context: { diagnostics } });
    assert.ok(!actions.some((a) => /Remplacer « 12 »/.test(a.title)), actions.map((a) => a.title).join(' | '));
  });
});
