import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { fileUri, fixtures } from './harness';
import { sharedClient } from './shared';

const space = path.join(fixtures, 'corpora', 'space');

describe('textDocument/documentSymbol', function () {
  it('outlines a corpus article with the entities it names', async () => {
    const client = await sharedClient('space');
    const file = path.join(space, 'orbitex-lanceur.md');
    await client.open(fileUri(file), readFileSync(file, 'utf8'));
    const [root] = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: fileUri(file) } });
    assert.match(root.name, /Orbitex prépare/);
    const names = root.children!.map((c) => c.name);
    assert.ok(names.includes('Hélios-3') && names.includes('Karim Benali'), names.join(', '));
  });
});
