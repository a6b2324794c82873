import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Hover, Location } from 'vscode-languageserver-protocol';
import { fileUri, fixtures, positionOf, repoRoot, TestClient } from './harness';

describe('server process (stdio)', function () {
  let client: TestClient;

  before(async () => {
    client = await TestClient.start();
  });

  after(async () => {
    await client.stop();
  });

  it('answers initialize with its capabilities', () => {
    assert.equal(client.initializeResult.serverInfo?.name, 'grounded');
    assert.ok(client.initializeResult.capabilities.hoverProvider);
    assert.ok(client.initializeResult.capabilities.definitionProvider);
  });

  it('indexes the bundled corpus when no corpus path is set', () => {
    const ready = client.statuses.find((s) => s.state === 'ready')!;
    assert.equal(ready.documents, 5);
    assert.ok(ready.sentences > 100, `sentences: ${ready.sentences}`);
    assert.equal(ready.problems, 0);
    assert.deepEqual(ready.roots, [path.join(repoRoot, 'corpus')]);
    assert.ok(client.statuses.findIndex((s) => s.state === 'indexing') < client.statuses.indexOf(ready));
  });

  it('hovers a citation with the source title and metadata', async () => {
    const uri = 'untitled:draft-hover.md';
    const text = 'La Chine forme beaucoup d’ingénieurs [@chine-ia-strategie].\n';
    await client.open(uri, text);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '@chine', 3) });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /La Chine réduit les distances/);
    assert.match(value, /@chine-ia-strategie/);
    assert.match(value, /chine-ia-strategie\.md#L1/);
  });

  it('says when a cited id is unknown', async () => {
    const uri = 'untitled:draft-unknown.md';
    const text = 'Une affirmation [@nulle-part].\n';
    await client.open(uri, text);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'nulle') });
    assert.match((hover.contents as { value: string }).value, /Unknown source/);
  });

  it('returns no hover on plain words', async () => {
    const uri = 'untitled:draft-plain.md';
    const text = 'Rien à signaler ici.\n';
    await client.open(uri, text);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.equal(hover, null);
  });

  it('goes from a citation to the cited document', async () => {
    const uri = 'untitled:draft-definition.md';
    const text = 'Selon la presse [@pekin-puces-nvidia], Pékin exige des justifications.\n';
    await client.open(uri, text);
    const locations = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: positionOf(text, 'pekin-puces') });
    assert.equal(locations.length, 1);
    assert.equal(locations[0].uri, fileUri(path.join(repoRoot, 'corpus', 'pekin-puces-nvidia.md')));
    assert.ok(locations[0].range.start.line > 0, 'lands after the front matter');
  });

  it('shuts down cleanly on request', async () => {
    const other = await TestClient.start();
    await other.stop();
    assert.equal(other.process.exitCode, 0);
  });
});

describe('server process with a corpus holding bad files', function () {
  const bad = path.join(fixtures, 'corpora', 'bad');
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({ settings: { corpus: { paths: [bad] } } });
  });

  after(async () => {
    await client.stop();
  });

  it('loads the usable files and skips the others', () => {
    const ready = client.statuses.find((s) => s.state === 'ready')!;
    // good.md, malformed.md, wrong-types.md, latin1.txt load; empty.md and binary.txt do not.
    assert.equal(ready.documents, 4);
    assert.ok(ready.problems >= 5, `problems: ${ready.problems}`);
  });

  for (const [file, pattern] of [
    ['malformed.md', /front matter is not valid YAML/],
    ['empty.md', /file is empty/],
    ['binary.txt', /looks binary/],
    ['latin1.txt', /not valid UTF-8/],
    ['wrong-types.md', /field "lang" is invalid/],
  ] as const) {
    it(`reports ${file} with a corpus-error diagnostic`, async () => {
      const uri = fileUri(path.join(bad, file));
      const diagnostics = await client.until(() => client.latestDiagnostics(uri), `diagnostics on ${file}`);
      assert.ok(diagnostics.some((d) => d.code === 'corpus-error' && d.source === 'grounded' && pattern.test(String(d.message))), JSON.stringify(diagnostics));
      assert.ok(client.logs.some((line) => line.includes(file) && pattern.test(line)), 'also logged to the output channel');
    });
  }

  it('keeps the valid fields of a file whose front matter has bad ones', async () => {
    const uri = 'untitled:cites-wrong-types.md';
    const text = 'Le tunnel [@wrong-types].\n';
    await client.open(uri, text);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'wrong-types') });
    assert.doesNotMatch((hover.contents as { value: string }).value, /Unknown source/);
  });

  it('points the YAML error at its line', async () => {
    const uri = fileUri(path.join(bad, 'malformed.md'));
    const diagnostics = client.latestDiagnostics(uri)!;
    const yamlError = diagnostics.find((d) => /YAML/.test(String(d.message)))!;
    assert.ok(yamlError.range.start.line >= 1 && yamlError.range.start.line <= 3, JSON.stringify(yamlError.range));
  });
});

describe('sources by name (fuzzy)', function () {
  let client: TestClient;

  before(async () => {
    client = await TestClient.start();
  });

  after(async () => {
    await client.stop();
  });

  it('finds a source by title words through workspace/symbol', async () => {
    const symbols = await client.request<{ name: string; containerName?: string; location: Location }[]>('workspace/symbol', { query: 'strategies tencent' });
    assert.equal(symbols[0].containerName, '@tencent-baidu-strategies');
    assert.equal(symbols[0].location.uri, fileUri(path.join(repoRoot, 'corpus', 'tencent-baidu-strategies.md')));
  });

  it('suggests the id a mistyped citation meant, as a quick fix', async () => {
    const uri = 'untitled:typo.md';
    const text = 'Un fait [@cloud-ia-internationl].\n';
    await client.open(uri, text);
    const diagnostics = await client.nextDiagnostics(uri, 0);
    const unknown = diagnostics.find((d) => d.code === 'unknown-source')!;
    assert.match(String(unknown.message), /@cloud-ia-international \?/);
    const actions = await client.request<{ title: string; edit?: { changes: Record<string, { newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: unknown.range,
      context: { diagnostics: [unknown] },
    });
    assert.equal(actions[0].edit!.changes[uri][0].newText, 'cloud-ia-international');
  });
});
