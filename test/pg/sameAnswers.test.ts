/**
 * Same corpus, same answers: the eval sets (test/fixtures/eval: the bundled and rail sets, the French and English
 * real-news dev sets) through two real servers, one reading the corpus folder (embedded index), one reading the
 * same corpus loaded into PostgreSQL (`grounded.corpus.database`). Each claim is a draft of its own: diagnostics
 * (verdict, range, message, evidence, quick-fix data), the hover on it, go to source, and completion halfway
 * through it must be equal, as must the labelled entity hovers; locations are compared by document key (a file
 * URI there, a grounded-source: URI here) and the evidence passage read through each server. Then the database
 * server sees another writer's load without a restart.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, Location } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixtures, repoRoot, serverPath, TestClient } from '../lsp/harness';
import { Cluster } from './cluster';

const cli = path.join(path.dirname(serverPath), 'cli.js');
const realDev = path.join(fixtures, 'eval', 'real-dev');
const sets = [
  { name: 'dev (bundled corpus)', claims: path.join(fixtures, 'eval', 'claims.dev.jsonl'), corpus: path.join(repoRoot, 'corpus'), hovers: path.join(fixtures, 'eval', 'hover.bundled.jsonl') },
  { name: 'rail', claims: path.join(fixtures, 'eval', 'claims.rail.jsonl'), corpus: path.join(fixtures, 'corpora', 'rail') },
  { name: 'real-dev fr', claims: path.join(realDev, 'claims.fr.jsonl'), corpus: path.join(realDev, 'corpus-fr'), hovers: path.join(realDev, 'hover.fr.jsonl') },
  { name: 'real-dev en', claims: path.join(realDev, 'claims.en.jsonl'), corpus: path.join(realDev, 'corpus-en'), hovers: path.join(realDev, 'hover.en.jsonl') },
];

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as T);
}

/** Loads a corpus folder into a database of the cluster with the CLI, as a writer would. */
function loadWithCli(corpus: string, uri: string): void {
  execFileSync(process.execPath, [cli, 'index', '--corpus', corpus, '--database', uri, '--no-cache', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A server's answers as comparable data: every source location as `source:<key>`. */
function normalized(value: unknown, corpus: string): string {
  const fileBase = `file://${corpus}/`;
  return JSON.stringify(value)
    .split(fileBase)
    .join('source:')
    .split(`${corpus}/`)
    .join('source:')
    .replace(/grounded-source:\/\/[0-9a-f]+\//g, 'source:');
}

/** The text at a location, read from the file or through grounded/source. */
async function textAt(client: TestClient, location: { uri: string; range: Location['range'] }): Promise<string> {
  const text = location.uri.startsWith('file:') ? readFileSync(fileURLToPath(location.uri), 'utf8') : ((await client.request<string | null>('grounded/source', { uri: location.uri })) ?? '');
  const doc = TextDocument.create(location.uri, 'markdown', 1, text);
  return text.slice(doc.offsetAt(location.range.start), doc.offsetAt(location.range.end));
}

/** Everything a writer sees about one claim. */
async function answersOn(client: TestClient, text: string, n: number) {
  const uri = `untitled:same-${n}.md`;
  await client.open(uri, `${text}\n`);
  const diagnostics: Diagnostic[] = await client.nextDiagnostics(uri, 0);
  const word = /(?<![\p{L}\p{N}-])\d/u.exec(text) ?? /(?<![\p{L}\p{N}])\p{Ll}{4,}/u.exec(text);
  const at = { textDocument: { uri }, position: { line: 0, character: (word?.index ?? 0) + 1 } };
  const hover = await client.request('textDocument/hover', at);
  const definition = await client.request<Location[] | null>('textDocument/definition', at);
  const cut = Math.max(1, Math.floor(text.length / 2));
  const completion = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: cut }, context: { triggerKind: 1 } });
  const evidence = await Promise.all([...(definition ?? []), ...diagnostics.flatMap((d) => d.relatedInformation?.map((r) => r.location) ?? [])].map((l) => textAt(client, l)));
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return { diagnostics, hover, definition, completion, evidence };
}

describe('same answers from the embedded index and from PostgreSQL', function () {
  this.timeout(900_000);
  let cluster: Cluster;

  before(async () => {
    cluster = await Cluster.start();
  });
  after(async () => {
    await cluster?.stop();
  });

  for (const [i, set] of sets.entries()) {
    it(`${set.name}: claims (findings, hovers, go to source, completion) and entity hovers`, async () => {
      const database = `set${i}`;
      execFileSync('psql', [cluster.uri(), '-qc', `CREATE DATABASE ${database}`]);
      loadWithCli(set.corpus, cluster.uri(database));
      const claims = readJsonl<{ text: string }>(set.claims);
      const hovers = set.hovers ? readJsonl<{ entity: string }>(set.hovers) : [];
      const answers: string[][] = [];
      for (const settings of [{ paths: [set.corpus] }, { database: cluster.uri(database) }]) {
        const client = await TestClient.start({ settings: { corpus: settings }, readyTimeoutMs: 300_000 });
        const seen: string[] = [];
        try {
          for (const [n, claim] of claims.entries()) seen.push(normalized(await answersOn(client, claim.text, n), set.corpus));
          for (const [n, item] of hovers.entries()) {
            const uri = `untitled:entity-${n}.md`;
            await client.open(uri, `${item.entity}\n`);
            seen.push(normalized(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }), set.corpus));
            await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
          }
        } finally {
          await client.stop();
        }
        answers.push(seen);
      }
      const [embedded, database_] = answers;
      for (let n = 0; n < embedded.length; n++) assert.equal(database_[n], embedded[n], n < claims.length ? claims[n].text : hovers[n - claims.length].entity);
      // Not vacuous: the sets have findings and evidence.
      assert.ok(embedded.some((a) => a.includes('contradicted-claim')) || set.name === 'rail');
      assert.ok(embedded.some((a) => a.includes('"evidence":["') && !a.includes('"evidence":[]')));
    });
  }

  it("sees another writer's load without a restart, and serves its sources for go to source", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'grounded-pg-writers-'));
    try {
      const corpus = path.join(dir, 'corpus');
      cpSync(path.join(repoRoot, 'corpus'), corpus, { recursive: true });
      execFileSync('psql', [cluster.uri(), '-qc', 'CREATE DATABASE writers']);
      const uri = cluster.uri('writers');
      loadWithCli(corpus, uri);
      const client = await TestClient.start({ settings: { corpus: { database: uri } }, env: { GROUNDED_DATABASE_POLL_MS: '200' } });
      try {
        const draft = 'untitled:writers.md';
        const claim = 'Le port de Quimperlé a reçu 4 812 conteneurs en mars 2031.';
        await client.open(draft, `${claim}\n`);
        const before = await client.nextDiagnostics(draft, 0);
        assert.equal(before.find((d) => d.code === 'unsupported-claim')?.code, 'unsupported-claim');
        const seen = client.diagnosticsCount(draft);
        // Another writer adds a source that states the claim.
        writeFileSync(path.join(corpus, 'port-quimperle.md'), `---\nid: port-quimperle\ntitle: Le port de Quimperlé\nlang: fr\n---\n\nSelon la capitainerie, le port de Quimperlé a reçu 4 812 conteneurs en mars 2031.\n`);
        loadWithCli(corpus, uri);
        const after = await client.until(() => {
          const latest = client.diagnosticsCount(draft) > seen ? client.latestDiagnostics(draft) : undefined;
          return latest && !latest.some((d) => d.code === 'unsupported-claim') ? latest : undefined;
        }, 'the claim supported after the other load', 60_000);
        assert.deepEqual(after.filter((d) => d.code === 'unsupported-claim' || d.code === 'contradicted-claim'), []);
        const locations = await client.request<Location[] | null>('textDocument/definition', { textDocument: { uri: draft }, position: { line: 0, character: 10 } });
        assert.match(locations?.[0]?.uri ?? '', /^grounded-source:\/\/[0-9a-f]+\/port-quimperle\.md$/);
        assert.match(await textAt(client, locations![0]), /4 812 conteneurs en mars 2031/);
        assert.equal(await client.request('grounded/source', { uri: 'grounded-source://000000000000/port-quimperle.md' }), null);
      } finally {
        await client.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
