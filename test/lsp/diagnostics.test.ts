import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, Hover, InlayHint, Location, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileUri, fixtures, positionOf, repoRoot, TestClient } from './harness';

const draftText = readFileSync(path.join(fixtures, 'eval', 'draft.dev.md'), 'utf8');

function textAt(text: string, d: { range: Diagnostic['range'] }): string {
  const doc = TextDocument.create('x', 'markdown', 1, text);
  return text.slice(doc.offsetAt(d.range.start), doc.offsetAt(d.range.end));
}

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'markdown', 1, text), edits);
}

describe('claim diagnostics on the dev draft (bundled corpus)', function () {
  let client: TestClient;
  let diagnostics: Diagnostic[];
  const uri = fileUri(path.join(fixtures, 'eval', 'draft.dev.md'));

  before(async () => {
    client = await TestClient.start();
    await client.open(uri, draftText);
    diagnostics = await client.nextDiagnostics(uri, 0);
  });

  after(async () => {
    await client.stop();
  });

  const find = (code: string, covered: string) => diagnostics.find((d) => d.code === code && textAt(draftText, d) === covered);

  it('flags the wrong count of regions on the figure itself, naming the source value', () => {
    const d = find('contradicted-claim', '12');
    assert.ok(d, JSON.stringify(diagnostics.map((x) => [x.code, textAt(draftText, x)])));
    assert.equal(d.source, 'grounded');
    assert.equal(d.severity, 2, 'warning by default');
    assert.match(String(d.message), /« 29 régions »/);
  });

  it('points the contradiction at the evidence passage', () => {
    const d = find('contradicted-claim', '12')!;
    const related = d.relatedInformation![0];
    assert.equal(related.location.uri, fileUri(path.join(repoRoot, 'corpus', 'cloud-ia-international.md')));
    const corpusText = readFileSync(path.join(repoRoot, 'corpus', 'cloud-ia-international.md'), 'utf8');
    assert.match(textAt(corpusText, related.location), /29 régions hors de Chine/);
  });

  it('flags the wrong number of engineers and the wrong tariff in a block quote', () => {
    assert.ok(find('contradicted-claim', '1,2 million'));
    assert.ok(find('contradicted-claim', '35'));
  });

  it('flags the unsupported claim in a list item as information', () => {
    const d = find('unsupported-claim', 'Tencent a ouvert un centre de recherche en IA à Berlin en 2022.');
    assert.ok(d);
    assert.equal(d.severity, 3);
  });

  it('does not flag supported claims, code, questions or signposting', () => {
    const flagged = diagnostics.map((d) => d.data as { sentence?: Diagnostic['range'] }).map((data) => textAt(draftText, { range: data.sentence! }));
    for (const quiet of ['Martin Lau', 'Ascend', '400 millions', '999 régions', 'Quelles conséquences', 'Dans cette note']) {
      assert.ok(!flagged.some((sentence) => sentence.includes(quiet)), `${quiet} was flagged`);
    }
    assert.equal(diagnostics.length, 4);
  });

  it('offers a quick fix that writes the source figure in the writer’s style', async () => {
    const d = find('contradicted-claim', '1,2 million')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const fix = actions.find((a) => a.isPreferred)!;
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    const fixed = applyEdits(draftText, fix.edit!.changes![uri]);
    assert.match(fixed, /la Chine diplôme 3,57 millions d'ingénieurs\./);
  });

  it('offers to mark a claim as checked, and the checker then honours it', async () => {
    const d = find('unsupported-claim', 'Tencent a ouvert un centre de recherche en IA à Berlin en 2022.')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const mark = actions.find((a) => a.title.includes('grounded: ignore'))!;
    assert.ok(mark);
    const marked = applyEdits(draftText, mark.edit!.changes![uri]);
    assert.match(marked, /Berlin en 2022\. <!-- grounded: ignore -->/);
    const seen = client.diagnosticsCount(uri);
    await client.change(uri, marked, 2);
    const after = await client.nextDiagnostics(uri, seen);
    assert.ok(!after.some((x) => x.code === 'unsupported-claim'), 'the ignored claim is silent');
    assert.equal(after.filter((x) => x.code === 'contradicted-claim').length, 3, 'the others remain');
    await client.change(uri, draftText, 3);
    await client.nextDiagnostics(uri, seen + 1);
  });

  it('goes from a claim to its source passage', async () => {
    const locations = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: positionOf(draftText, 'stock important') });
    assert.ok(locations.length >= 1);
    assert.equal(locations[0].uri, fileUri(path.join(repoRoot, 'corpus', 'tencent-baidu-strategies.md')));
    const corpusText = readFileSync(path.join(repoRoot, 'corpus', 'tencent-baidu-strategies.md'), 'utf8');
    assert.match(textAt(corpusText, locations[0]), /Martin Lau, président de Tencent/);
  });

  it('shows a claim’s verdict and evidence on hover', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(draftText, 'Ascend') });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /Étayé par le corpus/);
    assert.match(value, /Malaisie/);
    assert.match(value, /cloud-ia-international\.md#L\d+/);
  });

  it('names the source of supported claims in inlay hints', async () => {
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } },
    });
    const labels = hints.map((h) => String(h.label));
    assert.ok(labels.includes('✓ @tencent-baidu-strategies'), labels.join(', '));
  });

  it('offers to cite the source of a supported claim', async () => {
    const position = positionOf(draftText, 'Ascend');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } });
    const cite = actions.find((a) => a.title.includes('[@cloud-ia-international]'))!;
    assert.ok(cite, JSON.stringify(actions.map((a) => a.title)));
    assert.match(applyEdits(draftText, cite.edit!.changes![uri]), /déployées en Malaisie \[@cloud-ia-international\]\./);
  });
});

describe('citations in drafts', function () {
  let client: TestClient;

  before(async () => {
    client = await TestClient.start();
  });

  after(async () => {
    await client.stop();
  });

  it('reports an unknown id and a citation of the wrong source, with a fix', async () => {
    const uri = 'untitled:citations.md';
    const text = 'Les puces Ascend de Huawei sont déjà déployées en Malaisie [@pekin-puces-nvidia].\n\nUn fait [@inconnu].\n';
    await client.open(uri, text);
    const diagnostics = await client.nextDiagnostics(uri, 0);
    const unknown = diagnostics.find((d) => d.code === 'unknown-source')!;
    assert.ok(unknown);
    assert.equal(textAt(text, unknown), '@inconnu');
    const miscited = diagnostics.find((d) => d.code === 'miscited-claim')!;
    assert.ok(miscited, JSON.stringify(diagnostics));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: miscited.range, context: { diagnostics: [miscited] } });
    assert.match(applyEdits(text, actions[0].edit!.changes![uri]), /Malaisie \[@cloud-ia-international\]\./);
  });

  it('is quiet on a claim citing the right source', async () => {
    const uri = 'untitled:right.md';
    await client.open(uri, 'Les puces Ascend de Huawei sont déjà déployées en Malaisie [@cloud-ia-international].\n');
    assert.deepEqual(await client.nextDiagnostics(uri, 0), []);
  });
});

describe('diagnostic settings', function () {
  it('follows grounded.diagnostics severities, including off', async () => {
    const client = await TestClient.start({ settings: { diagnostics: { contradicted: 'error', unsupported: 'off' } } });
    try {
      const uri = 'untitled:severity.md';
      await client.open(uri, draftText);
      const diagnostics = await client.nextDiagnostics(uri, 0);
      assert.ok(diagnostics.length >= 3);
      assert.ok(diagnostics.every((d) => d.code === 'contradicted-claim' && d.severity === 1));
    } finally {
      await client.stop();
    }
  });

  it('re-checks an edited draft', async () => {
    const client = await TestClient.start();
    try {
      const uri = 'untitled:edit.md';
      await client.open(uri, 'Trump envisage un tarif de 60 % sur les produits chinois.\n');
      assert.deepEqual(await client.nextDiagnostics(uri, 0), []);
      await client.change(uri, 'Trump envisage un tarif de 45 % sur les produits chinois.\n', 2);
      const after = await client.nextDiagnostics(uri, 1);
      assert.equal(after[0]?.code, 'contradicted-claim');
    } finally {
      await client.stop();
    }
  });
});

describe('Insert bibliography command', function () {
  it('asks the client to apply an edit listing the cited sources, and updates it in place', async () => {
    const client = await TestClient.start();
    try {
      const edits: { label?: string; edit: { changes: Record<string, TextEdit[]> } }[] = [];
      client.connection.onRequest('workspace/applyEdit', (params: { label?: string; edit: { changes: Record<string, TextEdit[]> } }) => {
        edits.push(params);
        return { applied: true };
      });
      const uri = 'untitled:biblio.md';
      const text = 'Un fait [@pekin-puces-nvidia]. Un autre [@cloud-ia-international; @pekin-puces-nvidia]. Inconnu [@zzz].\n';
      await client.open(uri, text);
      const result = await client.request<{ applied: boolean }>('workspace/executeCommand', { command: 'grounded.server.insertBibliography', arguments: [uri] });
      assert.equal(result.applied, true);
      const once = applyEdits(text, edits[0].edit.changes[uri]);
      assert.match(once, /## Références\n\n- \*Pékin demande[^\n]*`@pekin-puces-nvidia`\n- \*Les entreprises chinoises[^\n]*`@cloud-ia-international`\n<!-- grounded: end bibliography -->/);
      assert.doesNotMatch(once, /zzz`/);
      await client.change(uri, once, 2);
      await client.request('workspace/executeCommand', { command: 'grounded.server.insertBibliography', arguments: [uri] });
      const twice = applyEdits(once, edits[1].edit.changes[uri]);
      assert.equal(twice, once, 'a second run rewrites the section in place');
    } finally {
      await client.stop();
    }
  });
});

describe('workspace list of checked claims', function () {
  it('offers the command, and honours grounded.claims.checked', async () => {
    const client = await TestClient.start();
    try {
      const uri = 'untitled:checked.md';
      const text = 'Tencent a ouvert un centre de recherche en IA à Berlin en 2022.\n';
      await client.open(uri, text);
      const [d] = await client.nextDiagnostics(uri, 0);
      assert.equal(d.code, 'unsupported-claim');
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      const mark = actions.find((a) => a.command?.command === 'grounded.markCheckedInWorkspace')!;
      assert.deepEqual(mark.command!.arguments, ['Tencent a ouvert un centre de recherche en IA à Berlin en 2022.']);
      client.settings = { claims: { checked: ['tencent a ouvert un centre de recherche en IA a Berlin en 2022'] } };
      const seen = client.diagnosticsCount(uri);
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      assert.deepEqual(await client.nextDiagnostics(uri, seen), []);
    } finally {
      await client.stop();
    }
  });
});
