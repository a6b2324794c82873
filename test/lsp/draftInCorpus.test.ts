import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Hover } from 'vscode-languageserver-protocol';
import { fileUri, positionOf, TestClient } from './harness';

/** A writer's note saved inside the corpus folder: it is a file of the corpus, never its own evidence. */
describe('a draft inside the corpus folder', function () {
  let dir: string;
  let client: TestClient;
  const note = 'La commune de Corvol compte 900 habitants et deux écoles.\n\nLe maire de Corvol a inauguré une piscine de 50 mètres en 2021.\n';

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'grounded-self-'));
    writeFileSync(path.join(dir, 'corvol.md'), '---\nid: corvol\ntitle: Eau à Corvol\nlang: fr\n---\n\nLa commune de Corvol compte 700 habitants et deux écoles.\n');
    writeFileSync(path.join(dir, 'note.md'), note);
    client = await TestClient.start({ settings: { corpus: { paths: [dir] } } });
  });

  after(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is never offered a citation of itself, nor shown as supported by itself', async () => {
    const uri = fileUri(path.join(dir, 'note.md'));
    await client.open(uri, note);
    const at = positionOf(note, 'piscine');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } });
    assert.ok(!actions.some((a) => a.title.includes('@note')), JSON.stringify(actions.map((a) => a.title)));
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at });
    assert.ok(!JSON.stringify(hover ?? '').includes('@note'), JSON.stringify(hover));
  });
});
