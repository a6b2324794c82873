import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { DocumentSymbol, Hover, Location, SymbolInformation } from 'vscode-languageserver-protocol';
import type { EntitySummary } from '../../server/src/protocol';
import { fileUri, fixtures, positionOf, TestClient } from './harness';

const space = path.join(fixtures, 'corpora', 'space');
const hoverText = (hover: Hover | null) => (hover ? (hover.contents as { value: string }).value : '');

describe('entities through the server (space corpus)', function () {
  let client: TestClient;
  const draftUri = 'untitled:entities-draft.md';
  const draft = '# Note\n\nBenali dirige Orbitex. Le moteur Ardent de Novatera a été testé en Guyane.\n';

  before(async () => {
    client = await TestClient.start({ settings: { corpus: { paths: [space] } } });
    await client.open(draftUri, draft);
  });

  after(async () => {
    await client.stop();
  });

  it('reports the entity count in the status', () => {
    assert.ok(client.statuses.at(-1)!.entities >= 10);
  });

  it('hovers a surname in a draft with the person’s definition and its source', async () => {
    const value = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: draftUri }, position: positionOf(draft, 'Benali', 2) }));
    assert.match(value, /\*\*Karim Benali\*\* — \*personne\*/);
    assert.match(value, /directeur général d’Orbitex/);
    assert.match(value, /orbitex-lanceur\.md#L\d+/);
    assert.match(value, /Aussi écrit: Benali/);
  });

  it('resolves a variant spelling to the same entity', async () => {
    const value = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: draftUri }, position: positionOf(draft, 'Novatera', 3) }));
    assert.match(value, /\*\*Novaterra\*\*/);
  });

  it('hovers names in corpus files too', async () => {
    const file = path.join(space, 'kourou.md');
    const text = readFileSync(file, 'utf8');
    await client.open(fileUri(file), text);
    const value = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: fileUri(file) }, position: positionOf(text, 'Karim Benali', 3) }));
    assert.match(value, /directeur général d’Orbitex/);
  });

  it('goes to the defining passage', async () => {
    const [location] = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: draftUri }, position: positionOf(draft, 'Benali', 1) });
    assert.equal(location.uri, fileUri(path.join(space, 'orbitex-lanceur.md')));
    const line = readFileSync(path.join(space, 'orbitex-lanceur.md'), 'utf8').split('\n')[location.range.start.line];
    assert.match(line, /Karim Benali, directeur général d’Orbitex/);
  });

  it('lists every mention in the corpus and open drafts as references', async () => {
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

  it('finds entities by name in workspace symbols', async () => {
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'lemaitre' });
    assert.equal(symbols[0].name, 'Inès Lemaître');
  });

  it('outlines a corpus article with the entities it names', async () => {
    const file = path.join(space, 'orbitex-lanceur.md');
    await client.open(fileUri(file), readFileSync(file, 'utf8'));
    const [root] = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: fileUri(file) } });
    assert.match(root.name, /Orbitex prépare/);
    const names = root.children!.map((c) => c.name);
    assert.ok(names.includes('Hélios-3') && names.includes('Karim Benali'), names.join(', '));
  });

  it('answers grounded/entities for the Entities view', async () => {
    const entities = await client.request<EntitySummary[]>('grounded/entities', null);
    const benali = entities.find((e) => e.name === 'Karim Benali')!;
    assert.equal(benali.kind, 'person');
    assert.equal(benali.definition, 'directeur général d’Orbitex');
    assert.equal(benali.location?.uri, fileUri(path.join(space, 'orbitex-lanceur.md')));
  });
});

describe('entities on the bundled corpus', function () {
  let client: TestClient;

  before(async () => {
    client = await TestClient.start();
  });

  after(async () => {
    await client.stop();
  });

  for (const [name, expected] of [
    ['Martin Lau', /président de Tencent/],
    ['Accio', /son moteur de recherche/],
    ['Doubao', /modèle linguistique/],
    ['Deepsek', /\*\*Deepseek\*\*|\*\*DeepSeek\*\*/],
    ['Xi Jinping', /le président chinois/],
  ] as const) {
    it(`hovers ${name} in a draft`, async () => {
      const uri = `untitled:bundled-${name.replace(/\s/g, '-')}.md`;
      const text = `Selon la note, ${name} compte dans ce dossier.\n`;
      await client.open(uri, text);
      const value = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, name, 2) }));
      assert.match(value, expected);
    });
  }
});

describe('entity hovers are escaped', function () {
  it('shows a hostile definition as text: no links, commands or HTML', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'grounded-hostile-'));
    writeFileSync(
      path.join(dir, 'a.md'),
      '---\nid: hostile\ntitle: "Titre [x](command:workbench.action.quit) <img src=x onerror=alert(1)>"\n---\n\nAcme Corp, [clique](command:rm) <script>alert(1)</script> javascript:alert(1), vend des outils.\n',
    );
    const client = await TestClient.start({ settings: { corpus: { paths: [dir] } } });
    try {
      const uri = 'untitled:hostile.md';
      const text = 'Acme Corp vend des outils.\n';
      await client.open(uri, text);
      const value = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }));
      assert.match(value, /Acme Corp/);
      assert.doesNotMatch(value, /\]\(command:/);
      assert.doesNotMatch(value, /<script|<img/);
      assert.doesNotMatch(value, /[^\\]javascript:/);
      assert.match(value, /Titre \\\[x\\\]\\\(command\\:workbench/, 'the title is shown escaped');
      assert.match(value, /Acme Corp, clique alert/, 'the link and the script tag in the source were read as text');
    } finally {
      await client.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('curated entity files', function () {
  it('applies a valid entry and reports each mistake at its line', async () => {
    const dir = path.join(fixtures, 'corpora', 'curated-bad');
    const client = await TestClient.start({ settings: { corpus: { paths: [dir] } } });
    try {
      const uri = fileUri(path.join(dir, 'grounded.entities.yaml'));
      const diagnostics = await client.until(() => client.latestDiagnostics(uri), 'curated diagnostics');
      assert.deepEqual(diagnostics.map((d) => d.range.start.line).sort((a, b) => a - b), [7, 9, 11]);
      assert.ok(diagnostics.every((d) => d.code === 'corpus-error'));
      const draft = 'untitled:curated.md';
      const text = 'Lumen recrute.\n';
      await client.open(draft, text);
      const value = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: draft }, position: { line: 0, character: 2 } }));
      assert.match(value, /Société Lumen/);
      assert.match(value, /Entreprise lyonnaise dirigée par Paul Vidal/);
    } finally {
      await client.stop();
    }
  });
});

