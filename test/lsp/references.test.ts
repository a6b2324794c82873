import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Location } from 'vscode-languageserver-protocol';
import { fileUri, fixtures, positionOf } from './harness';
import { sharedClient } from './shared';

const space = path.join(fixtures, 'corpora', 'space');

describe('textDocument/references', function () {
  it('lists every mention in the corpus and open drafts as references', async () => {
    const client = await sharedClient('space');
    const draftUri = 'untitled:references-draft.md';
    const draft = '# Note\n\nBenali dirige Orbitex. Le moteur Ardent de Novatera a été testé en Guyane.\n';
    await client.open(draftUri, draft);
    const locations = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: draftUri },
      position: positionOf(draft, 'Orbitex', 2),
      context: { includeDeclaration: true },
    });
    const uris = locations.map((l) => l.uri);
    assert.ok(uris.includes(draftUri), 'the draft');
    assert.ok(uris.includes(fileUri(path.join(space, 'kourou.md'))), 'another article');
    assert.ok(locations.length >= 5, String(locations.length));
  });
});
