import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Diagnostic, Hover, Location } from 'vscode-languageserver-protocol';
import { fileUri, positionOf, repoRoot, TestClient } from './harness';
import { hoverText, textAt } from './shared';

/** A source article with one fact. */
const article = (id: string, staff: number) => `---\nid: ${id}\ntitle: Volta\n---\n\nLa coopérative Volta emploie ${staff} personnes à Brest.\n`;
const claim = 'La coopérative Volta emploie 310 personnes à Brest.\n';

/** What the findings of a draft say, in short: "code: message". */
const said = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.code}: ${d.message}`);

describe('multi-root workspaces: each folder with its own settings and corpus', function () {
  this.timeout(60_000);
  let root: string;
  let alpha: string;
  let beta: string;
  let gamma: string;
  let client: TestClient;

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'grounded-multiroot-'));
    [alpha, beta, gamma] = ['alpha', 'beta', 'gamma'].map((name) => path.join(root, name));
    for (const folder of [alpha, beta, gamma]) mkdirSync(path.join(folder, 'sources'), { recursive: true });
    writeFileSync(path.join(alpha, 'sources', 'volta.md'), article('volta-a', 310));
    writeFileSync(path.join(beta, 'sources', 'volta.md'), article('volta-b', 420));
    writeFileSync(path.join(gamma, 'sources', 'volta.md'), article('volta-g', 530));
  });

  afterEach(async () => {
    await client?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  const sources = { corpus: { paths: ['sources'] } };

  /** Opens a draft in a folder and returns its first findings. */
  async function check(folder: string, name: string, text = claim): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = fileUri(path.join(folder, name));
    await client.open(uri, text);
    return { uri, diagnostics: await client.nextDiagnostics(uri, 0) };
  }

  it('asks the settings of each folder by scopeUri, and checks each folder’s drafts against its own corpus', async () => {
    client = await TestClient.start({ workspaceFolders: [alpha, beta], folderSettings: { [alpha]: sources, [beta]: sources } });
    const scopes = client.configurationRequests[0].map((item) => item.scopeUri);
    assert.deepEqual(scopes, [undefined, fileUri(alpha), fileUri(beta)]);
    const ready = client.statuses.at(-1)!;
    assert.deepEqual(ready.roots, [path.join(alpha, 'sources'), path.join(beta, 'sources')]);
    assert.equal(ready.documents, 2);

    assert.deepEqual(said((await check(alpha, 'draft.md')).diagnostics), [], 'alpha’s source says 310');
    const inBeta = (await check(beta, 'draft.md')).diagnostics;
    assert.equal(inBeta.length, 1);
    assert.equal(inBeta[0].code, 'contradicted-claim');
    assert.match(JSON.stringify(inBeta[0]), /420/, 'beta’s source says 420');
    assert.match(inBeta[0].relatedInformation![0].location.uri, /beta\/sources\/volta\.md$/);
  });

  it('builds one index per distinct corpus: folders naming the same corpus share it', async () => {
    const shared = { corpus: { paths: [path.join(alpha, 'sources')] } };
    client = await TestClient.start({ workspaceFolders: [alpha, beta, gamma], folderSettings: { [alpha]: sources, [beta]: shared, [gamma]: sources } });
    const builds = client.logs.filter((l) => l.startsWith('Indexing corpus') || /\] Indexing corpus/.test(l));
    assert.equal(builds.length, 2, builds.join('\n'));
    assert.deepEqual(client.statuses.at(-1)!.roots, [path.join(alpha, 'sources'), path.join(gamma, 'sources')]);
    assert.deepEqual(said((await check(beta, 'draft.md')).diagnostics), [], 'beta uses alpha’s corpus');
  });

  it('follows folders added and removed, and one folder’s settings changing', async () => {
    client = await TestClient.start({ workspaceFolders: [alpha, beta], folderSettings: { [alpha]: sources, [beta]: sources, [gamma]: sources } });
    const inBeta = await check(beta, 'draft.md');
    assert.match(JSON.stringify(inBeta.diagnostics), /420/);

    // Added: gamma's drafts use gamma's corpus, built for it.
    let seen = client.statuses.length;
    await client.changeFolders([gamma], []);
    const withGamma = await client.waitForSettled(seen);
    assert.deepEqual(withGamma.roots, [path.join(alpha, 'sources'), path.join(beta, 'sources'), path.join(gamma, 'sources')]);
    assert.match(JSON.stringify((await check(gamma, 'draft.md')).diagnostics), /530/);

    // Removed: beta's corpus is let go; its open draft now follows the settings without a folder (the bundled corpus).
    seen = client.statuses.length;
    const published = client.diagnosticsCount(inBeta.uri);
    await client.changeFolders([], [beta]);
    await client.until(() => client.statuses.slice(seen).some((s) => s.state === 'ready' && !s.roots.includes(path.join(beta, 'sources'))), 'beta’s corpus let go');
    const after = await client.nextDiagnostics(inBeta.uri, published);
    assert.ok(!JSON.stringify(after).includes('420'), JSON.stringify(after));

    // One folder's setting changes: that folder's corpus alone is built again.
    seen = client.statuses.length;
    const logs = client.logs.length;
    client.folderSettings[alpha] = { corpus: { paths: [path.join(gamma, 'sources')] } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until(() => client.statuses.slice(seen).some((s) => s.state === 'ready' && !s.roots.includes(path.join(alpha, 'sources'))), 'alpha’s corpus let go');
    // Gamma's corpus, and the bundled one for beta's draft, now outside every folder.
    assert.deepEqual(client.statuses.at(-1)!.roots, [path.join(gamma, 'sources'), path.join(repoRoot, 'corpus')], 'alpha now shares gamma’s corpus');
    assert.ok(!client.logs.slice(logs).some((l) => l.includes('Indexing corpus')), 'no build: gamma’s corpus was already there');
  });
});

describe('files of the corpus in use are sources, never drafts', function () {
  this.timeout(60_000);
  let root: string;
  let client: TestClient;

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'grounded-sources-'));
    mkdirSync(path.join(root, 'sources'));
    mkdirSync(path.join(root, 'other'));
    writeFileSync(path.join(root, 'sources', 'volta.md'), article('volta', 310));
    writeFileSync(path.join(root, 'other', 'volta.md'), article('volta-other', 420));
  });

  afterEach(async () => {
    await client?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('clears what was found on a file checked as a draft once it is a source again, and never checks it after', async () => {
    client = await TestClient.start({ workspaceFolder: root, settings: { corpus: { paths: ['sources'] } } });
    const uri = fileUri(path.join(root, 'sources', 'volta.md'));
    const text = article('volta', 310);
    await client.open(uri, text);
    assert.deepEqual(await client.nextDiagnostics(uri, 0), [], 'a source is not checked');

    // Another corpus: the file is a draft now, and the other corpus contradicts it.
    let seen = client.diagnosticsCount(uri);
    client.settings = { corpus: { paths: ['other'] } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until(() => (client.latestDiagnostics(uri) ?? []).some((d) => d.code === 'contradicted-claim') && client.diagnosticsCount(uri) > seen, 'the file checked as a draft');

    // A folder that does not exist: nothing to check against, nothing left from before.
    seen = client.diagnosticsCount(uri);
    client.settings = { corpus: { paths: ['missing'] } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until(() => client.diagnosticsCount(uri) > seen && client.latestDiagnostics(uri)!.length === 0, 'the findings cleared');

    // Back to the corpus it is in: a source again, with nothing on it, after a re-index and a reopening too.
    client.settings = { corpus: { paths: ['other'] } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until(() => (client.latestDiagnostics(uri) ?? []).length > 0, 'checked as a draft again');
    seen = client.diagnosticsCount(uri);
    client.settings = { corpus: { paths: ['sources'] } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until(() => client.diagnosticsCount(uri) > seen && client.latestDiagnostics(uri)!.length === 0, 'the findings cleared');
    await client.request('grounded/reindex', null);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    seen = client.diagnosticsCount(uri);
    await client.open(uri, text, 2);
    await client.nextDiagnostics(uri, seen);
    assert.deepEqual(client.latestDiagnostics(uri), []);
  });

  it('keeps the corpus problems of a source open in the editor', async () => {
    writeFileSync(path.join(root, 'sources', 'bad.md'), '---\nid: [not, a, string]\n---\n\nLe port de Brest a traité 42 000 conteneurs.\n');
    client = await TestClient.start({ workspaceFolder: root, settings: { corpus: { paths: ['sources'] } } });
    const uri = fileUri(path.join(root, 'sources', 'bad.md'));
    await client.until(() => client.latestDiagnostics(uri)?.some((d) => d.code === 'corpus-error'), 'the corpus problem');
    const seen = client.diagnosticsCount(uri);
    await client.open(uri, '---\nid: [not, a, string]\n---\n\nLe port de Brest a traité 42 000 conteneurs.\n');
    const diagnostics = await client.nextDiagnostics(uri, seen);
    assert.deepEqual(diagnostics.map((d) => d.code), ['corpus-error'], 'its problem stays, no claim is added');
  });
});

describe('a corpus file changed on disk without a file event (no watcher, a save through a rename, a network drive)', function () {
  this.timeout(60_000);
  let root: string;
  let source: string;
  let client: TestClient;
  const port = (lead: string, figure: string) => `---\nid: port\ntitle: Le port de Brest\n---\n\n${lead}Le port de Brest a traité ${figure} conteneurs en 2021.\n`;
  const draft = 'Le port de Brest a traité 57 000 conteneurs en 2021.\n';
  const draftUri = 'untitled:port.md';

  beforeEach(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'grounded-unseen-'));
    mkdirSync(path.join(root, 'sources'));
    source = path.join(root, 'sources', 'port.md');
    writeFileSync(source, port('', '42 000'));
    client = await TestClient.start({ workspaceFolder: root, settings: { corpus: { paths: ['sources'] } }, watchFiles: false });
    await client.open(draftUri, draft);
    const [finding] = await client.nextDiagnostics(draftUri, 0);
    assert.equal(finding.code, 'contradicted-claim');
    assert.equal(finding.relatedInformation![0].location.range.start.line, 5);
  });

  afterEach(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('go to source opens the passage where it is now, and the warning follows the new text', async () => {
    const seen = client.diagnosticsCount(draftUri);
    const text = port('Un chapeau.\n\nUne relance.\n\n', '57 000');
    writeFileSync(source, text);
    const [location] = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: draftUri }, position: positionOf(draft, 'conteneurs') });
    assert.equal(location.range.start.line, 9);
    assert.match(textAt(text, location), /^Le port de Brest a traité 57 000 conteneurs/);
    assert.deepEqual(await client.nextDiagnostics(draftUri, seen), [], 'no longer contradicted: the source says 57 000 now');
  });

  it('a hover shows the source as it is now', async () => {
    writeFileSync(source, port('', '57 000'));
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: draftUri }, position: positionOf(draft, 'conteneurs') });
    assert.doesNotMatch(hoverText(hover), /42 000/);
  });

  it('an edit of the draft checks it against the source as it is now', async () => {
    const seen = client.diagnosticsCount(draftUri);
    writeFileSync(source, port('', '57 000'));
    await client.change(draftUri, `${draft}\nUne phrase de plus.\n`, 2);
    await client.until(() => client.diagnosticsCount(draftUri) > seen && client.versionOfLatest(draftUri) === 2 && !client.latestDiagnostics(draftUri)!.some((d) => d.code === 'contradicted-claim'), 'the warning gone');
  });

  it('a save of the source in the editor re-checks the drafts', async () => {
    const uri = fileUri(source);
    await client.open(uri, port('', '42 000'));
    const seen = client.diagnosticsCount(draftUri);
    writeFileSync(source, port('', '57 000'));
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    await client.until(() => client.diagnosticsCount(draftUri) > seen && client.latestDiagnostics(draftUri)!.length === 0, 'the warning gone');
  });
});
