import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Location } from 'vscode-languageserver-protocol';
import { fileUri, fixtures, positionOf, repoRoot } from './harness';
import { devDraft, openDevDraft, sharedClient, textAt } from './shared';

const space = path.join(fixtures, 'corpora', 'space');

describe('textDocument/definition', function () {
  it('goes from a citation in no claim to the start of the cited document’s body', async () => {
    const client = await sharedClient('bundled');
    const uri = 'untitled:draft-definition.md';
    const text = 'Voir aussi [@pekin-puces-nvidia].\n';
    await client.open(uri, text);
    const locations = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: positionOf(text, 'pekin-puces') });
    assert.equal(locations.length, 1);
    assert.equal(locations[0].uri, fileUri(path.join(repoRoot, 'corpus', 'pekin-puces-nvidia.md')));
    const corpusText = readFileSync(path.join(repoRoot, 'corpus', 'pekin-puces-nvidia.md'), 'utf8');
    assert.equal(corpusText.split('\n')[locations[0].range.start.line], 'Pékin demande à Alibaba et ByteDance de justifier l’achat de puces IA de Nvidia', 'the start of the body, not the front matter fence');
  });

  it('goes from a citation to the passage of that source behind the claim', async () => {
    const client = await sharedClient('bundled');
    const uri = 'untitled:draft-definition-passage.md';
    const text = "Chaque année, la Chine diplôme 3,57 millions d'ingénieurs [@chine-ia-strategie].\n";
    await client.open(uri, text);
    const [location] = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: positionOf(text, 'chine-ia') });
    assert.equal(location.uri, fileUri(path.join(repoRoot, 'corpus', 'chine-ia-strategie.md')));
    const corpusText = readFileSync(path.join(repoRoot, 'corpus', 'chine-ia-strategie.md'), 'utf8');
    assert.match(textAt(corpusText, location), /diplômé chaque année 3,57 millions/);
  });

  it('goes from a claim to its source passage', async () => {
    const { client } = await openDevDraft();
    const locations = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: devDraft.uri }, position: positionOf(devDraft.text, 'stock important') });
    assert.ok(locations.length >= 1);
    assert.equal(locations[0].uri, fileUri(path.join(repoRoot, 'corpus', 'tencent-baidu-strategies.md')));
    const corpusText = readFileSync(path.join(repoRoot, 'corpus', 'tencent-baidu-strategies.md'), 'utf8');
    assert.match(textAt(corpusText, locations[0]), /Martin Lau, président de Tencent/);
  });

  it('goes from an entity’s name to the defining passage', async () => {
    const client = await sharedClient('space');
    const draftUri = 'untitled:definition-entity.md';
    const draft = '# Note\n\nBenali dirige Orbitex. Le moteur Ardent de Novatera a été testé en Guyane.\n';
    await client.open(draftUri, draft);
    const [location] = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: draftUri }, position: positionOf(draft, 'Benali', 1) });
    assert.equal(location.uri, fileUri(path.join(space, 'orbitex-lanceur.md')));
    const line = readFileSync(path.join(space, 'orbitex-lanceur.md'), 'utf8').split('\n')[location.range.start.line];
    assert.match(line, /Karim Benali, directeur général d’Orbitex/);
  });
});
