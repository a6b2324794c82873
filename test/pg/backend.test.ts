import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import pg from 'pg';
import { answer } from '../../server/src/core/backend/corpusReader';
import { termsOf } from '../../server/src/core/text/stem';
import { clientConfig, createPool, databaseName } from '../../server/src/pg/connect';
import { loadCorpus, type LoadOptions, type LoadResult } from '../../server/src/pg/load';
import { openReader, readState, type DatabaseIndex } from '../../server/src/pg/reader';
import { CorpusSession } from '../../server/src/service/corpusSession';
import { Cluster } from './cluster';

const repoRoot = path.resolve(__dirname, '..', '..');
const realFr = path.join(repoRoot, 'test', 'fixtures', 'eval', 'real-dev', 'corpus-fr');

/** The corpus of a folder, built by the embedded index on this thread. */
async function embedded(folder: string): Promise<CorpusSession> {
  const session = new CorpusSession({ config: () => ({ paths: [folder], baseDir: folder, bundledCorpus: folder }), hooks: { log: () => undefined, error: (m) => assert.fail(m) } });
  await session.rebuild('test');
  return session;
}

/** Loads a built corpus into a database. */
async function load(uri: string, session: CorpusSession, options?: LoadOptions): Promise<LoadResult> {
  const client = new pg.Client(clientConfig(uri));
  await client.connect();
  try {
    const index = session.index;
    return await loadCorpus(client, { roots: session.roots, vocabulary: index.vocabulary.words, documents: index.records(), entities: session.entities().entities, curated: index.curated }, undefined, options);
  } finally {
    await client.end();
  }
}

/** A reader on a database (pool closed with the test). */
async function reader(pool: pg.Pool, uri: string): Promise<DatabaseIndex> {
  return openReader(pool, databaseName(uri));
}

/** The hits of a search as comparable data: document key, sentence, score. */
function hitsOf(hits: { doc: { path: string }; sentence: { index: number; text: string }; score: number }[]): string[] {
  return hits.map((h) => `${path.basename(h.doc.path)}#${h.sentence.index} ${h.score} ${h.sentence.text}`);
}

describe('PostgreSQL backend', function () {
  this.timeout(180_000);
  let cluster: Cluster;
  let dir: string;
  const pools: pg.Pool[] = [];
  const pool = (uri: string) => {
    const p = createPool(uri);
    pools.push(p);
    return p;
  };

  before(async () => {
    cluster = await Cluster.start();
  });
  after(async () => {
    await cluster?.stop();
  });
  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'grounded-pg-corpus-'));
    const admin = new pg.Client(clientConfig(cluster.uri()));
    await admin.connect();
    await admin.query('DROP SCHEMA IF EXISTS grounded CASCADE');
    await admin.end();
  });
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.end()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('ranks passages as the embedded index does: same hits, same scores, same order, for claims and single terms', async () => {
    const session = await embedded(realFr);
    await load(cluster.uri(), session);
    const db = await reader(pool(cluster.uri()), cluster.uri());
    assert.equal(db.documentCount, session.index.documentCount);
    assert.equal(db.sentenceTotal, session.index.sentenceTotal);
    const claims = readFileSync(path.join(repoRoot, 'test', 'fixtures', 'eval', 'real-dev', 'claims.fr.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).text as string);
    const queries = claims.map((text) => termsOf(text, 'fr'));
    // Common words alone (MaxScore cannot stop early), and a boosted query.
    queries.push(['le'], ['franc', 'pari'], [...termsOf('la grève de la SNCF', 'fr'), 'sncf']);
    for (const terms of queries) {
      const weights = new Map([[terms[0], 2]]);
      for (const w of [undefined, weights]) {
        const expected = hitsOf(session.index.searchTerms(terms, 12, w));
        const got = hitsOf(await answer([db], () => db.searchTerms(terms, 12, w)));
        assert.deepEqual(got, expected, terms.join(' '));
      }
    }
    for (const term of ['lubrizol', 'rouen', 'incendi', 'nothing-like-this']) assert.equal(await answer([db], () => db.idf(term)), session.index.idf(term), term);
    for (const word of ['rouen', 'le', 'balkany', 'absent']) {
      assert.equal(await answer([db], () => db.names.isName(word)), session.index.names.isName(word), word);
      assert.equal(await answer([db], () => db.names.has(word)), session.index.names.has(word), word);
    }
  });

  it('loads only what changed, removes what is gone, and keeps the statistics equal to a fresh load', async () => {
    const folder = path.join(dir, 'corpus');
    cpSync(realFr, folder, { recursive: true });
    const files = readdirSync(folder).filter((f) => f.endsWith('.md')).sort();
    const first = await load(cluster.uri(), await embedded(folder));
    assert.equal(first.added, files.length);
    assert.equal(first.version, 1);

    const again = await load(cluster.uri(), await embedded(folder));
    assert.deepEqual([again.added, again.changed, again.removed, again.unchanged, again.entities, again.version], [0, 0, 0, files.length, false, 1]);

    const changed = path.join(folder, files[3]);
    writeFileSync(changed, readFileSync(changed, 'utf8').replace(/\n\n/, '\n\nUne phrase ajoutée à Quimper par le test.\n\n'));
    unlinkSync(path.join(folder, files[7]));
    writeFileSync(path.join(folder, 'nouveau.md'), '---\nid: nouveau\nlang: fr\n---\n\nLe maire de Quimper a inauguré un pont de 120 mètres.\n');
    const session = await embedded(folder);
    // Removing a document needs prune: without it the load is refused and writes nothing; a dry run neither.
    const refused = await load(cluster.uri(), session);
    assert.deepEqual([refused.outcome, refused.added, refused.changed, refused.removed, refused.version], ['refused', 1, 1, 1, 1]);
    assert.deepEqual(refused.keys, { added: ['nouveau.md'], changed: [files[3]], removed: [files[7]] });
    const dry = await load(cluster.uri(), session, { dryRun: true, prune: true });
    assert.deepEqual([dry.outcome, dry.removed, dry.version], ['dry-run', 1, 1]);
    const update = await load(cluster.uri(), session, { prune: true });
    assert.deepEqual([update.outcome, update.added, update.changed, update.removed, update.unchanged, update.entities, update.version], ['loaded', 1, 1, 1, files.length - 2, true, 2]);

    const updated = pool(cluster.uri());
    const state = await readState(updated);
    const statistics = async (p: pg.Pool) => {
      const terms = await p.query('SELECT lexeme, df FROM grounded.terms ORDER BY lexeme');
      const words = await p.query('SELECT * FROM grounded.words ORDER BY norm');
      return { terms: terms.rows, words: words.rows };
    };
    const incremental = await statistics(updated);
    // The same corpus loaded afresh into another database gives the same statistics.
    const admin = new pg.Client(clientConfig(cluster.uri()));
    await admin.connect();
    await admin.query('CREATE DATABASE fresh');
    await admin.end();
    const fresh = cluster.uri('fresh');
    await load(fresh, session);
    const freshPool = pool(fresh);
    const freshState = await readState(freshPool);
    assert.deepEqual([state.documents, state.passages, state.totalLength], [freshState.documents, freshState.passages, freshState.totalLength]);
    assert.deepEqual(incremental, await statistics(freshPool));
    const db = await reader(updated, cluster.uri());
    assert.equal(db.documentById('nouveau')?.title, session.index.documentById('nouveau')?.title);
    assert.equal(db.documentById(path.basename(files[7], '.md')), undefined);
    const terms = termsOf('pont inauguré à Quimper', 'fr');
    assert.deepEqual(hitsOf(await answer([db], () => db.searchTerms(terms, 5))), hitsOf(session.index.searchTerms(terms, 5)));
    const admin2 = new pg.Client(clientConfig(cluster.uri()));
    await admin2.connect();
    await admin2.query('DROP DATABASE fresh WITH (FORCE)');
    await admin2.end();
  });

  it('two writers loading at once: one after the other, the second finds the corpus up to date', async () => {
    const session = await embedded(path.join(repoRoot, 'corpus'));
    const [a, b] = await Promise.all([load(cluster.uri(), session), load(cluster.uri(), session)]);
    const loaded = [a, b].sort((x, y) => y.added - x.added);
    assert.equal(loaded[0].added, session.index.documentCount);
    assert.equal(loaded[1].added, 0);
    assert.equal(loaded[1].unchanged, session.index.documentCount);
    assert.equal((await readState(pool(cluster.uri()))).version, 1);
  });

  it('reads through a streaming replica (pg_basebackup), which follows the primary', async () => {
    const replica = await Cluster.start({ primary: cluster });
    try {
      const session = await embedded(path.join(repoRoot, 'corpus'));
      await load(cluster.uri(), session);
      const replicaPool = pool(replica.uri());
      assert.equal((await replicaPool.query('SELECT pg_is_in_recovery() AS standby')).rows[0].standby, true);
      // The replica replays the load; wait for it by its own state, as a server polling it would.
      let state = await readState(replicaPool).catch(() => undefined);
      while (!state || state.version < 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        state = await readState(replicaPool).catch(() => undefined);
      }
      const db = await openReader(replicaPool, databaseName(cluster.uri()));
      const terms = termsOf('Tencent investit dans le cloud', 'fr');
      assert.deepEqual(hitsOf(await answer([db], () => db.searchTerms(terms, 8))), hitsOf(session.index.searchTerms(terms, 8)));
      await assert.rejects(replicaPool.query('INSERT INTO grounded.terms VALUES ($1, 1)', ['x']), /read-only/);
    } finally {
      await Promise.all(pools.splice(0).map((p) => p.end()));
      await replica.stop();
    }
  });
});
