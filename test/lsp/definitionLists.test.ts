import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from './harness';
import { textAt } from './shared';

/** Findings on definition lists and on sources that disagree, through the real server (invented corpus). */
describe('textDocument/publishDiagnostics: definition lists and sources that disagree', function () {
  let dir: string;
  let client: TestClient;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'grounded-deflist-'));
    writeFileSync(
      path.join(dir, 'crue.md'),
      '---\nid: crue\ntitle: "La crue de l\'Orvette"\nlang: fr\ndate: 2022-03-02\n---\n\nJeanne Dutrac, militante âgée de 21 ans, a organisé la marche de Brenval samedi.\n\nLéa Montval, militante âgée de 80 ans, a défilé en tête du cortège.\n',
    );
    writeFileSync(
      path.join(dir, 'marche.md'),
      '---\nid: marche\ntitle: "Brenval, la marche des jeunes"\nlang: fr\ndate: 2022-03-04\n---\n\nJeanne Dutrac, militante âgée de 25 ans, a organisé la marche de Brenval samedi dernier.\n',
    );
    client = await TestClient.start({ settings: { corpus: { paths: [dir] } } });
  });

  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const diagnosticsOf = async (uri: string, text: string) => {
    await client.open(uri, text);
    return client.nextDiagnostics(uri, 0);
  };
  const fixesOf = async (uri: string, d: Diagnostic) =>
    ((await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) ?? []).filter((a) => a.title.startsWith('Remplacer'));

  it('checks a definition with its term as subject: the term’s own value is supported', async () => {
    const diagnostics = await diagnosticsOf('untitled:deflist-right.md', 'Léa Montval\n\n: militante âgée de 80 ans.\n');
    assert.deepEqual(diagnostics.filter((d) => d.code === 'contradicted-claim'), [], JSON.stringify(diagnostics));
  });

  it('contradicts a wrong value of the term on the definition’s own value, fixed from the term’s source', async () => {
    const uri = 'untitled:deflist-wrong.md';
    const text = 'Léa Montval\n\n: militante âgée de 81 ans.\n';
    const [d] = (await diagnosticsOf(uri, text)).filter((x) => x.code === 'contradicted-claim');
    assert.ok(d);
    assert.equal(textAt(text, d), '81');
    assert.deepEqual((await fixesOf(uri, d)).map((a) => a.edit!.changes![uri][0].newText), ['80']);
  });

  it('never contradicts nor fixes a claim whose fact two sources give two values', async () => {
    const uri = 'untitled:deflist-disagree.md';
    const text = 'Jeanne Dutrac\n\n: militante âgée de 30 ans.\n';
    const diagnostics = await diagnosticsOf(uri, text);
    assert.deepEqual(diagnostics.filter((d) => d.code === 'contradicted-claim'), [], JSON.stringify(diagnostics));
    for (const d of diagnostics) assert.deepEqual(await fixesOf(uri, d), []);
  });
});
