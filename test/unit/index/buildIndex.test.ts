import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildDocument, sentenceLayout } from '../../../server/src/core/corpus/document';
import { StoredDocument, metaOf } from '../../../server/src/core/corpus/storedDocument';
import { buildIndexData, dataOfIndex, indexOfData, runHelperJob, shareAsItGoes, transferables, type BuildEvents, type BuildJob, type Helper, type HelperJob } from '../../../server/src/core/index/buildIndex';
import { deserializeEntities, type IndexData } from '../../../server/src/core/index/indexCache';
import { packedBuffers, unpackIndexData } from '../../../server/src/core/index/packedIndex';

/** Runs a build and keeps what it reported. */
async function build(job: BuildJob) {
  const seen: { data?: Parameters<BuildEvents['index']>[0]; entities?: Parameters<BuildEvents['entities']>[0]; cache?: { written: boolean; error?: string }; allocating: boolean[] } = { allocating: [] };
  await buildIndexData(job, { index: (d) => (seen.data = d), entities: (e) => (seen.entities = e), cache: (c) => (seen.cache = c), allocating: (busy) => seen.allocating.push(busy) });
  return seen;
}

describe('buildIndexData: reuse of unchanged files', () => {
  let dir: string;
  const write = (name: string, body: string) => writeFileSync(path.join(dir, name), `---\nid: ${name.replace('.md', '')}\n---\n\n${body}\n`);

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'grounded-build-'));
    write('a.md', 'Le port de Brest a traité 42 000 conteneurs en 2021. Jean Kerlo dirige le port.');
    write('b.md', 'La coopérative Volta emploie 310 personnes à Rennes.');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reuses the records of unchanged files, reads changed ones, and extracts entities only when a file changed', async () => {
    const first = await build({ roots: [dir], baseDir: '/', curated: [] });
    assert.equal(first.data!.reused, 0);
    const previous: IndexData = { vocabulary: first.data!.vocabulary, documents: first.data!.documents };
    const same = await build({ roots: [dir], baseDir: '/', curated: [], previous, entitiesKey: first.entities!.key });
    assert.equal(same.data!.reused, 2);
    assert.equal(same.entities!.serialized, undefined, 'the known entities still hold');
    write('b.md', 'La coopérative Volta emploie 420 personnes à Rennes. Elle exporte vers Vigo.');
    const changed = await build({ roots: [dir], baseDir: '/', curated: [], previous, entitiesKey: first.entities!.key });
    assert.equal(changed.data!.reused, 1);
    assert.ok(changed.entities!.serialized, 'entities extracted again');
    const index = indexOfData(changed.data!);
    assert.equal(index.sentenceTotal, 4);
    assert.match(index.search('Volta emploie personnes', 'fr', 1)[0].sentence.text, /420/);
  });

  it('writes a cache, reuses it whole, and leaves it alone when nothing changed', async () => {
    const cacheFile = path.join(dir, 'cache', 'index.bin');
    const first = await build({ roots: [dir], baseDir: '/', curated: [], cacheFile });
    assert.equal(first.cache!.written, true);
    assert.deepEqual(first.allocating, [true, false], 'files read and entities extracted: said once, then its end');
    const second = await build({ roots: [dir], baseDir: '/', curated: [], cacheFile });
    assert.deepEqual(second.allocating, [], 'nothing read or extracted');
    assert.equal(second.data!.reused, 2);
    assert.equal(second.entities!.fromCache, true);
    assert.equal(second.cache!.written, false);
    assert.deepEqual(deserializeEntities(second.entities!.serialized!), deserializeEntities(first.entities!.serialized!));
    // The name counts summed by word come from the cache, and give the index the counts its records give.
    assert.deepEqual(second.data!.nameTotals, first.data!.nameTotals);
    const fromTotals = indexOfData(second.data!).names;
    const fromRecords = indexOfData({ ...second.data!, nameTotals: undefined }).names;
    const words = second.data!.vocabulary;
    const summary = (names: typeof fromTotals) => words.map((w) => [w, names.isName(w), names.has(w), names.standsAlone(w)]);
    assert.deepEqual(summary(fromTotals), summary(fromRecords));
    assert.ok(fromTotals.isName('volta'));
    // Unchanged since the cache: its arrays as read are handed on (one buffer, the file's), movable.
    const packed = second.data!.packed!;
    assert.equal(packed.keptForCache, false);
    assert.deepEqual(packedBuffers(packed.get()), [packed.get().documents.terms.buffer]);
    assert.deepEqual(unpackIndexData(packed.get()).documents, second.data!.documents);
    assert.deepEqual(unpackIndexData(first.data!.packed!.get()).documents.map((d) => d.record), second.data!.documents.map((d) => d.record));
  });

  it('extracts the entities again when the cache’s entities file is cut short, keeping the index from the cache', async () => {
    const cacheFile = path.join(dir, 'cache', 'index.bin');
    const first = await build({ roots: [dir], baseDir: '/', curated: [], cacheFile });
    const entitiesFile = cacheFile.replace(/\.bin$/, '.entities.bin');
    const { readFileSync } = await import('node:fs');
    writeFileSync(entitiesFile, readFileSync(entitiesFile).subarray(0, -1));
    const second = await build({ roots: [dir], baseDir: '/', curated: [], cacheFile });
    assert.equal(second.data!.reused, 2);
    assert.equal(second.entities!.fromCache, false);
    assert.deepEqual(second.allocating, [true, false], 'entities extracted');
    assert.equal(second.data!.packed!.keptForCache, true, 'the cache’s arrays as read stay with the build that extracts from them');
    assert.deepEqual(deserializeEntities(second.entities!.serialized!), deserializeEntities(first.entities!.serialized!));
    const third = await build({ roots: [dir], baseDir: '/', curated: [], cacheFile });
    assert.equal(third.entities!.fromCache, true, 'written again whole');
  });

  it('reads the index again when the cache’s index file is cut short or from another version', async () => {
    const cacheFile = path.join(dir, 'cache', 'index.bin');
    await build({ roots: [dir], baseDir: '/', curated: [], cacheFile });
    const { readFileSync } = await import('node:fs');
    const whole = readFileSync(cacheFile);
    assert.equal((await build({ roots: [dir], baseDir: '/', curated: [], cacheFile })).data!.reused, 2);
    writeFileSync(cacheFile, whole.subarray(0, -3));
    assert.equal((await build({ roots: [dir], baseDir: '/', curated: [], cacheFile })).data!.reused, 0, 'cut short');
    const other = Buffer.from(readFileSync(cacheFile));
    other.writeUInt32LE(other.readUInt32LE(4) + 1, 4);
    writeFileSync(cacheFile, other);
    assert.equal((await build({ roots: [dir], baseDir: '/', curated: [], cacheFile })).data!.reused, 0, 'another version');
  });

  it('takes a document back out by its record, after its file is gone', async () => {
    const first = await build({ roots: [dir], baseDir: '/', curated: [] });
    const index = indexOfData(first.data!);
    unlinkSync(path.join(dir, 'a.md'));
    assert.ok(index.removeDocument(path.join(dir, 'a.md')));
    assert.equal(index.sentenceTotal, 1);
    assert.equal(index.search('port de Brest conteneurs', 'fr', 5).length, 0);
    assert.equal(index.names.isName('kerlo'), false, 'its name counts are taken out too');
    assert.equal(dataOfIndex(index).documents.length, 1);
  });
});

describe('StoredDocument', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'grounded-stored-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads its text and sentences from the file, as the document was built', () => {
    const file = path.join(dir, 'a.md');
    const text = '---\nid: a\ntitle: Brest\n---\n\n# Le port\n\nLe port de Brest a traité 42 000 conteneurs. Un record.\n';
    writeFileSync(file, text);
    const built = buildDocument(file, text);
    let stale = 0;
    const stored = new StoredDocument(metaOf(built), () => stale++, sentenceLayout(built));
    assert.equal(stored.title, 'Brest');
    assert.equal(stored.sentenceCount, 3);
    assert.deepEqual(stored.sentences, built.sentences);
    assert.equal(stored.text, text);
    assert.equal(stale, 0);
  });

  it('reports a file changed or gone since it was indexed', () => {
    const file = path.join(dir, 'a.md');
    writeFileSync(file, 'Une phrase.\n');
    const stale: string[] = [];
    const first = buildDocument(file, 'Une phrase.\n');
    const stored = new StoredDocument(metaOf(first), (doc) => stale.push(doc.path), sentenceLayout(first));
    writeFileSync(file, 'Une autre phrase. Et une de plus.\n');
    assert.equal(stored.sentences.length, 2, 'read as the file now is');
    assert.deepEqual(stale, [file]);
    const gone = new StoredDocument(metaOf(buildDocument(path.join(dir, 'gone.md'), 'Une phrase.\n')), (doc) => stale.push(doc.path));
    assert.deepEqual(gone.sentences, []);
    assert.equal(stale.length, 2);
  });
});

describe('rereadDocument', () => {
  it('cuts the same sentences at the layout as splitting gives, on every test corpus', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { rereadDocument } = await import('../../../server/src/core/corpus/document');
    const root = path.resolve(__dirname, '../../..');
    for (const folder of [path.join(root, 'corpus'), ...['rail', 'space', 'bad'].map((c) => path.join(root, 'test', 'fixtures', 'corpora', c))]) {
      for (const name of readdirSync(folder).filter((f) => /\.(md|txt)$/.test(f))) {
        const file = path.join(folder, name);
        const text = readFileSync(file, 'utf8');
        const built = buildDocument(file, text);
        assert.deepEqual(rereadDocument(file, text, sentenceLayout(built))?.sentences, built.sentences, name);
      }
    }
  });
});

describe('buildIndexData on two threads', () => {
  /** A second thread as the worker gives it, here: every job and result cloned as postMessage clones them. */
  function clonedHelper(): Helper & { jobs: string[] } {
    const jobs: string[] = [];
    const run = async <R>(job: HelperJob): Promise<R> => {
      jobs.push(job.kind);
      const result = runHelperJob(structuredClone(job));
      return structuredClone(result, { transfer: transferables(result) }) as R;
    };
    return { jobs, index: (job) => run({ kind: 'index', job }), candidates: (job) => run({ kind: 'candidates', job }), kinds: (job) => run({ kind: 'kinds', job }), definitions: (job) => run({ kind: 'definitions', job }), release: () => undefined, close: () => undefined };
  }

  async function entitiesOf(roots: string[], helper?: Helper) {
    let serialized: Uint8Array | undefined;
    await buildIndexData({ roots, baseDir: '/', curated: [] }, { index: () => undefined, entities: (e) => (serialized = e.serialized) }, helper);
    return deserializeEntities(serialized!).map((e) => ({ ...e, mentions: e.mentions }));
  }

  it('gives the entities of one thread: same names, kinds, mentions, definitions and related names (real news, 320 articles)', async function () {
    this.timeout(60_000);
    const roots = [path.resolve(__dirname, '../../fixtures/eval/real-dev/corpus-en')];
    const helper = clonedHelper();
    const [one, two] = [await entitiesOf(roots), await entitiesOf(roots, helper)];
    // Kinds and definitions go to the second thread in chunks, as it answers.
    assert.deepEqual([...new Set(helper.jobs)], ['index', 'candidates', 'kinds', 'definitions']);
    assert.ok(one.length > 1000);
    assert.deepEqual(two, one);
  });
});

describe('shareAsItGoes', () => {
  const items = Array.from({ length: 3000 }, (_, i) => i);
  const square = (n: number) => n * n;
  /** The square, after a busy wait of `ms`: a thread's work that takes time. */
  const slowSquare = (ms: number) => (n: number) => {
    const until = performance.now() + ms;
    while (performance.now() < until);
    return square(n);
  };

  it('gives each item its result in the items\' order, the second thread taking chunks from the start as it answers', async () => {
    const chunks: number[][] = [];
    const theirs = async (chunk: readonly number[]) => {
      chunks.push([chunk[0], chunk[chunk.length - 1]]);
      await new Promise((resolve) => setImmediate(resolve));
      return chunk.map(square);
    };
    let meanwhile = 0;
    const results = await shareAsItGoes(items, () => 10, slowSquare(0.03), theirs, { meanwhile: () => meanwhile++ });
    assert.deepEqual(results, items.map(square));
    assert.equal(meanwhile, 1);
    assert.equal(chunks[0][0], 0);
    chunks.forEach(([first], i) => i > 0 && assert.equal(first, chunks[i - 1][1] + 1, 'chunks follow each other'));
    assert.ok(chunks.length >= 2, `several chunks: ${JSON.stringify(chunks)}`);
  });

  it('lets a second thread that does not answer take no more: this one reads the rest, then waits for it', async () => {
    const chunks: number[] = [];
    let answer: (() => void) | undefined;
    const stuck = (chunk: readonly number[]) => {
      chunks.push(chunk.length);
      return new Promise<number[]>((resolve) => (answer = () => resolve(chunk.map(square))));
    };
    // The second thread answers only once this one has no item left.
    const results = await shareAsItGoes(items, () => 10, slowSquare(0.01), stuck, { meanwhile: () => answer!() });
    assert.deepEqual(results, items.map(square));
    assert.deepEqual(chunks, [items.length / 4], 'one chunk, a quarter of the cost');
  });
});
