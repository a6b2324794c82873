import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CorpusProblem } from '../../server/src/core/types';
import type { StatusParams } from '../../server/src/protocol';
import type { BuildRunner } from '../../server/src/service/buildRunner';
import { CorpusSession, type CorpusConfig } from '../../server/src/service/corpusSession';
import { orchardCorpus } from './helpers';

/** A session on this thread over `config`, recording what it tells its front end. */
function sessionOn(config: () => CorpusConfig, runner?: BuildRunner, live = false) {
  const heard = { statuses: [] as StatusParams[], logs: [] as string[], errors: [] as string[], problems: [] as CorpusProblem[][], changed: 0, built: [] as string[][] };
  const session = new CorpusSession({
    config,
    runner,
    live,
    hooks: {
      log: (m) => heard.logs.push(m),
      error: (m) => heard.errors.push(m),
      status: (s) => heard.statuses.push(s),
      problems: (p) => heard.problems.push(p),
      changed: () => heard.changed++,
      built: async (roots) => void heard.built.push(roots),
    },
  });
  return { session, heard };
}

describe('service: CorpusSession', () => {
  let dir: string;
  let corpus: string;
  let bundled: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'grounded-session-'));
    corpus = path.join(dir, 'corpus');
    bundled = path.join(dir, 'bundled');
    mkdirSync(corpus);
    mkdirSync(bundled);
    for (const [name, text] of Object.entries(orchardCorpus)) writeFileSync(path.join(corpus, name), text);
    writeFileSync(path.join(bundled, 'sample.md'), '---\nid: sample\ntitle: Sample\n---\n\nUn exemple.\n');
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('builds the configured folders: indexing, searchable with entities pending, then ready', async () => {
    const { session, heard } = sessionOn(() => ({ paths: ['corpus'], baseDir: dir, bundledCorpus: bundled }));
    assert.equal(session.searchable, true, 'nothing to wait for before the first build');
    await session.rebuild('test');
    assert.deepEqual(
      heard.statuses.map((s) => [s.state, s.entitiesPending ?? false]),
      [
        ['indexing', false],
        ['ready', true],
        ['ready', false],
      ],
    );
    const ready = heard.statuses[2];
    assert.equal(ready.documents, 2);
    assert.ok(ready.entities > 0);
    assert.deepEqual(ready.roots, [corpus]);
    assert.deepEqual(session.roots, [corpus]);
    assert.equal(session.index.documentById('cidre')?.title, 'Le cidre normand à l’export');
    assert.ok(session.entities().lookup('Claire Hamon'));
    assert.equal(heard.changed, 2, 'drafts are checked with the index, and again with its entities (names compared by kind)');
    assert.deepEqual(heard.built, [[corpus]]);
    assert.deepEqual(heard.errors, []);
  });

  it('reads the bundled corpus when the configuration names none', async () => {
    const { session } = sessionOn(() => ({ paths: [], baseDir: dir, bundledCorpus: bundled }));
    await session.rebuild('test');
    assert.deepEqual(session.roots, [bundled]);
    assert.equal(session.index.documentCount, 1);
  });

  it('reports a missing folder as written, and still answers', async () => {
    const { session, heard } = sessionOn(() => ({ paths: ['corpus', 'nowhere'], baseDir: dir, bundledCorpus: bundled }));
    await session.rebuild('test');
    assert.equal(session.index.documentCount, 2);
    const missing = session.problems().find((p) => p.path === path.join(dir, 'nowhere'))!;
    assert.match(missing.message, /corpus path "nowhere" does not exist/);
    assert.deepEqual(heard.problems.at(-1), session.problems());
  });

  it('tells corpus files from others', async () => {
    const { session } = sessionOn(() => ({ paths: ['corpus'], baseDir: dir, bundledCorpus: bundled }));
    await session.rebuild('test');
    assert.ok(session.isInCorpus(path.join(corpus, 'cidre.md')));
    assert.ok(session.isInCorpus(path.join(corpus, 'deeper', 'x.md')));
    assert.ok(!session.isInCorpus(path.join(dir, 'draft.md')));
    assert.ok(!session.isInCorpus(`${corpus}-other/x.md`));
  });

  it('re-indexes a changed file at once, drops a deleted one, ignores files outside the corpus', async () => {
    const { session, heard } = sessionOn(() => ({ paths: ['corpus'], baseDir: dir, bundledCorpus: bundled }));
    await session.rebuild('test');
    const cidre = path.join(corpus, 'cidre.md');
    writeFileSync(cidre, '---\nid: cidre\ntitle: Le cidre, nouvelle édition\n---\n\nLes ventes ont doublé.\n');
    await session.filesChanged([{ path: cidre, type: 'changed' }]);
    assert.equal(session.index.documentById('cidre')?.title, 'Le cidre, nouvelle édition', 'searches see the change before the rebuild ends');
    await session.whenReady();
    assert.equal(session.index.documentById('cidre')?.title, 'Le cidre, nouvelle édition');

    unlinkSync(cidre);
    await session.filesChanged([{ path: cidre, type: 'deleted' }]);
    assert.equal(session.index.documentById('cidre'), undefined);
    await session.whenReady();

    const changedBefore = heard.changed;
    await session.filesChanged([{ path: path.join(dir, 'draft.md'), type: 'changed' }]);
    assert.equal(heard.changed, changedBefore, 'nothing to re-check');
  });

  it('re-reads a curated entity file when it changes', async () => {
    const { session } = sessionOn(() => ({ paths: ['corpus'], baseDir: dir, bundledCorpus: bundled }));
    await session.rebuild('test');
    const curated = path.join(corpus, 'grounded.entities.yaml');
    writeFileSync(curated, '- name: Vergers d’Auge\n  kind: organization\n  definition: coopérative fruitière normande\n');
    await session.filesChanged([{ path: curated, type: 'created' }]);
    await session.whenReady();
    assert.equal(session.entities().lookup('Vergers d’Auge')?.definition?.text, 'coopérative fruitière normande');
  });

  it('lets a newer build supersede a running one', async () => {
    let paths = ['corpus'];
    const { session } = sessionOn(() => ({ paths, baseDir: dir, bundledCorpus: bundled }));
    const first = session.rebuild('first');
    paths = [];
    const second = session.rebuild('second');
    await Promise.all([first, second]);
    assert.deepEqual(session.roots, [bundled]);
    assert.equal(session.index.documentCount, 1);
  });

  it('writes the index cache, and a new session starts from it', async () => {
    const cacheDir = path.join(dir, 'cache');
    const config = () => ({ paths: ['corpus'], baseDir: dir, bundledCorpus: bundled, cacheDir });
    await sessionOn(config).session.rebuild('test');
    assert.ok(readdirSync(cacheDir).some((f) => f.endsWith('.bin')));
    const { session, heard } = sessionOn(config);
    await session.rebuild('test');
    assert.ok(heard.logs.some((l) => /documents from the cache/.test(l)), heard.logs.join('\n'));
    assert.ok(heard.logs.some((l) => /entities from the cache/.test(l)), heard.logs.join('\n'));
    assert.equal(session.index.documentCount, 2);
  });

  it('reports a failed build as an error state, and keeps answering', async () => {
    const failing: BuildRunner = { run: () => Promise.reject(new Error('disk on fire')) };
    const { session, heard } = sessionOn(() => ({ paths: ['corpus'], baseDir: dir, bundledCorpus: bundled }), failing);
    await session.rebuild('test');
    assert.equal(heard.statuses.at(-1)?.state, 'error');
    assert.match(heard.statuses.at(-1)?.message ?? '', /disk on fire/);
    assert.match(heard.errors[0], /^Indexing failed: Error: disk on fire/);
    assert.equal(session.indexing, false);
    assert.equal(session.searchable, true);
  });

  it('checks a file against what was indexed and indexes it again at once when it changed unseen', async () => {
    const { session, heard } = sessionOn(() => ({ paths: ['corpus'], baseDir: dir, bundledCorpus: bundled }), undefined, true);
    await session.rebuild('test');
    const cidre = path.join(corpus, 'cidre.md');
    assert.equal(session.refreshFiles([cidre, path.join(dir, 'elsewhere.md')]), false, 'unchanged; files not indexed are ignored');
    const changedBefore = heard.changed;
    writeFileSync(cidre, '---\nid: cidre\ntitle: Le cidre\n---\n\nUn chapeau.\n\nLe Domaine Lecoq produit 2,5 millions de bouteilles par an.\n');
    assert.equal(session.refreshFiles([cidre]), true);
    assert.equal(heard.changed, changedBefore + 1, 'the drafts are told');
    const [hit] = session.index.search('Domaine Lecoq bouteilles', 'fr', 1);
    assert.match(hit.sentence.text, /2,5 millions/);
    assert.equal(hit.sentence.range.start.line, 7, 'at its line now');
    assert.equal(session.refreshFiles([cidre]), false, 'indexed as it is now');
    await session.whenReady();
    assert.match(session.index.search('Domaine Lecoq bouteilles', 'fr', 1)[0].sentence.text, /2,5 millions/, 'and so after the build that follows');
  });

  it('lets go of its index when disposed of, and builds no more', async () => {
    let disposed = 0;
    const session = new CorpusSession({ config: () => ({ paths: ['corpus'], baseDir: dir, bundledCorpus: bundled }), hooks: { log: () => undefined, error: () => undefined, disposed: () => disposed++ } });
    await session.rebuild('test');
    session.dispose();
    assert.equal(disposed, 1);
    assert.equal(session.index.documentCount, 0);
    await session.rebuild('after');
    assert.equal(session.index.documentCount, 0);
  });

  it('is in error, naming the setting, when the corpus gives no document', async () => {
    const session = new CorpusSession({
      config: () => ({ paths: ['nowhere'], baseDir: dir, bundledCorpus: bundled }),
      setting: 'grounded.corpus.paths',
      hooks: { log: () => undefined, error: () => undefined, status: (s) => statuses.push(s) },
    });
    const statuses: StatusParams[] = [];
    await session.rebuild('test');
    assert.deepEqual(statuses.map((s) => s.state), ['indexing', 'error']);
    assert.equal(statuses[1].setting, 'grounded.corpus.paths');
    assert.match(statuses[1].message!, /no corpus to check against: corpus path "nowhere" does not exist\. Nothing is checked until the corpus can be read\. Check grounded\.corpus\.paths\./);
  });

  it('names the setting of its configuration: the one the writer set', async () => {
    const statuses: StatusParams[] = [];
    const session = new CorpusSession({
      config: () => ({ paths: ['nowhere'], baseDir: dir, setting: 'initializationOptions.corpusPaths' }),
      setting: 'grounded.corpus.paths',
      hooks: { log: () => undefined, error: () => undefined, status: (s) => statuses.push(s) },
    });
    await session.rebuild('test');
    assert.equal(statuses.at(-1)!.setting, 'initializationOptions.corpusPaths');
    assert.match(statuses.at(-1)!.message!, /Check initializationOptions\.corpusPaths\.$/);
  });

  it('builds nothing for an empty list of paths without a bundled corpus: in error, naming the setting', async () => {
    const statuses: StatusParams[] = [];
    let changed = 0;
    const session = new CorpusSession({
      config: () => ({ paths: [], baseDir: dir, setting: 'grounded.corpus.paths' }),
      hooks: { log: () => undefined, error: () => undefined, status: (s) => statuses.push(s), changed: () => changed++ },
    });
    await session.rebuild('test');
    assert.deepEqual(statuses.map((s) => [s.state, s.setting, s.documents]), [['error', 'grounded.corpus.paths', 0]]);
    assert.match(statuses[0].message!, /grounded\.corpus\.paths is an empty list, so nothing is checked/);
    assert.deepEqual(session.roots, []);
    assert.equal(session.searchable, true);
    assert.equal(changed, 1, 'drafts are told: nothing to check');
    assert.equal(session.isInCorpus(path.join(dir, 'corpus', 'a.md')), false);
  });
});
