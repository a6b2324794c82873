import { statSync } from 'node:fs';
import { buildDocument, hashText, rereadDocument, type CorpusDocument } from '../corpus/document';
import { listCorpusFiles, readCorpusFileSync } from '../corpus/files';
import { buildReadDocument } from '../corpus/loadCorpus';
import { metaOf, StoredDocument, type DocumentMeta } from '../corpus/storedDocument';
import { applyCurated } from '../entities/applyCurated';
import { EntityIndex } from '../entities/entityIndex';
import { sample, type Candidate, type Group } from '../entities/candidates';
import { defineEntity } from '../entities/definitions';
import { addToGroups, assembleEntities, candidatesOfDocument, extractEntities, mergeNamesOfOne, mergeSpellings, writeMentions, type NameReading, type WrittenMentions } from '../entities/extract';
import { kindOf, propagateKinds } from '../entities/kinds';
import { CandidatePacker, packGroups, unpackCandidates, unpackGroups, type PackedCandidates, type PackedGroups } from '../entities/packedCandidates';
import type { CuratedEntity, Definition, Entity, EntityKind } from '../entities/types';
import type { CorpusProblem } from '../types';
import { bm25DataOf, type Bm25Data } from './bm25';
import { CorpusIndex } from './corpusIndex';
import { recordOf, type DocRecord } from './docRecord';
import { deserializeEntities, entitiesKey, readIndexCache, serializeEntities, writeEntitiesCache, writeIndexCache, type IndexData } from './indexCache';
import { nameTotals, NameStats, renumberNameCounts } from './nameStats';
import { packIndexData, type PackedIndexData } from './packedIndex';
import { addTime, addTimes, timed, type StageTimes } from './stages';
import { Vocabulary } from './vocabulary';

/** What to index: corpus paths, curated entities, and what earlier work may be reused. */
export interface BuildJob {
  roots: string[];
  baseDir: string;
  curated: readonly CuratedEntity[];
  /** The cache file: read when no `previous` index is given, written when anything changed. */
  cacheFile?: string;
  /** The index in use, whose unchanged documents are reused. */
  previous?: IndexData;
  /** The key of the entities already known: when it still holds, they are not extracted again. */
  entitiesKey?: string;
}

/** What a build reports, in this order: progress, the index (searchable), its entities, the cache. */
export interface BuildEvents {
  progress?(done: number, total: number): void;
  /** `packed`: the same index packed (given by a build; a front end that installs the index reads the rest). */
  index(data: IndexData & { problems: CorpusProblem[]; reused: number; packed?: PackedIndexOnce }): void;
  /**
   * The entities, serialized (see indexCache.ts); `serialized` undefined: the ones known under `key` still hold.
   * `stages`: seconds per stage of the whole build so far (see stages.ts), reading and indexing summed over threads.
   */
  entities(result: { key: string; serialized?: Uint8Array; fromCache: boolean; seconds: number; stages: StageTimes }): void;
  cache?(result: { file: string; written: boolean; error?: string }): void;
  /**
   * The build begins (true) or has ended (false) work that allocates fast and keeps little: reading and indexing
   * files, extracting entities. Not called when it has none (a warm start from an unchanged cache).
   */
  allocating?(busy: boolean): void;
}

/**
 * Indexes a corpus: lists its files, reuses the record of every file unchanged since the previous index or
 * the cache (same size and time, else same content hash), reads and indexes the others, then extracts the
 * entities unless the known ones still hold, and writes the cache. Runs in a worker thread for the server
 * (see indexWorker.ts) and in-process for the CLI. Bad files are reported, never thrown.
 */
export async function buildIndexData(job: BuildJob, events: BuildEvents, helper?: Helper): Promise<void> {
  // The index phase's records, BM25 arrays and cache are let go with it: extraction needs only the rest.
  const stages: StageTimes = {};
  let allocating = false;
  const busy: BuildEvents = {
    ...events,
    allocating: (on) => {
      if (on && !allocating) events.allocating?.((allocating = true));
    },
  };
  try {
    await buildPhases(job, busy, stages, helper);
  } finally {
    helper?.close();
    if (allocating) events.allocating?.(false);
  }
}

async function buildPhases(job: BuildJob, events: BuildEvents, stages: StageTimes, helper?: Helper): Promise<void> {
  const { docs, key, names, built, cachedEntities, indexCache } = await indexPhase(job, events, stages, helper);
  let serialized: Uint8Array | undefined;
  if (job.entitiesKey === key) {
    events.entities({ key, fromCache: false, seconds: 0, stages });
  } else if (cachedEntities?.key === key) {
    events.entities({ key, serialized: ownBuffer(cachedEntities.serialized), fromCache: true, seconds: 0, stages });
  } else {
    events.allocating?.(true);
    const started = performance.now();
    const entities = await extractFromFiles(docs, names!, built, job.curated, stages, helper);
    serialized = timed(stages, 'serialize', () => serializeEntities(entities));
    const seconds = (performance.now() - started) / 1000;
    // Written first, then handed over as they are (the worker moves them to the main thread, no copy).
    if (job.cacheFile && !indexCache.error) {
      const written = performance.now();
      indexCache.error = await writeEntitiesCache(job.cacheFile, { key, serialized }).then(() => undefined, (e: unknown) => String(e));
      stages['entities cache'] = (performance.now() - written) / 1000;
    }
    events.entities({ key, serialized, fromCache: false, seconds, stages });
  }
  built.clear();
  if (!job.cacheFile) return;
  const error = indexCache.error;
  events.cache?.({ file: job.cacheFile, written: !error && (indexCache.written || serialized !== undefined), error });
}

/**
 * Lists, reads and indexes the files, posts the index, writes its cache; returns the key of the corpus's entities
 * and what extracting them needs (the name statistics only when neither the known entities nor the cached ones
 * still hold: counting them is most of a warm start's work in this thread).
 */
async function indexPhase(job: BuildJob, events: BuildEvents, stages: StageTimes, helper?: Helper) {
  const cache = !job.previous && job.cacheFile ? await readIndexCache(job.cacheFile) : undefined;
  const base = job.previous ?? cache;
  const vocabulary = new Vocabulary(base ? [...base.vocabulary] : []);
  const baseSize = vocabulary.size;
  const previous = new Map((base?.documents ?? []).map((d) => [d.meta.path, d]));
  const { files, problems } = await listCorpusFiles(job.roots, job.baseDir);

  // Files unchanged by size and time are reused as they are; the others are read (by two threads if many).
  const entries = new Map<string, IndexedFile>();
  const toRead: string[] = [];
  for (const file of files) {
    const known = previous.get(file);
    const stat = known ? statOrUndefined(file) : undefined;
    if (known && stat && stat.size === known.meta.size && stat.mtimeMs === known.meta.mtimeMs) entries.set(file, known);
    else toRead.push(file);
  }
  const unchangedByStat = entries.size;
  let done = entries.size;
  const progress = (n: number) => {
    done += n;
    events.progress?.(done, files.length);
  };
  if (toRead.length > 0) events.allocating?.(true);
  const sharedFiles = helper && toRead.length >= minFilesToShare ? toRead.splice(Math.ceil(toRead.length / 2)) : [];
  const share: ShareJob | undefined = sharedFiles.length > 0 ? { files: sharedFiles, vocabulary: vocabulary.words.slice(0, baseSize), previous: sharedFiles.flatMap((f) => previous.get(f) ?? []) } : undefined;
  const helped = share && helper!.index(share, progress);
  // A small corpus's documents are kept for entity extraction; a large one's are read again then, one at a time.
  const own = indexFiles(toRead, previous, vocabulary, progress, files.length <= keepBuiltUpTo, stages);
  const built = own.built;
  problems.push(...own.problems);
  own.documents.forEach((d) => entries.set(d.meta.path, d));
  let reused = entries.size - own.documents.length + own.reused;
  if (share && helped) {
    // Should the second thread fail, its files are read here.
    const result = await helped.catch(() => indexShare(share));
    addTimes(stages, result.stages);
    // The helper numbered new words on its own: renumber them in this vocabulary.
    const ids = Int32Array.from(result.vocabulary, (word, i) => (i < baseSize ? i : vocabulary.id(word)));
    for (const { meta, record } of result.documents) entries.set(meta.path, { meta, record: renumbered(record, ids) });
    problems.push(...result.problems);
    reused += result.reused;
  }
  const documents = files.flatMap((file) => entries.get(file) ?? []);
  // The search index: the cache's when it has exactly these records, else built here, off the main thread.
  const sameAsCache = cache?.bm25 && cache.documents.length === documents.length && cache.documents.every((d, i) => d.record === documents[i].record);
  const data: IndexData = {
    vocabulary: vocabulary.words,
    documents,
    bm25: sameAsCache ? cache.bm25 : timed(stages, 'index', () => bm25Of(documents)),
    nameTotals: sameAsCache && cache.nameTotals ? cache.nameTotals : timed(stages, 'index', () => nameTotals(documents.map((d) => d.record.names), vocabulary.size)),
  };
  const unchanged = sameAsCache && unchangedByStat === documents.length;
  const writeCache = job.cacheFile !== undefined && !unchanged;
  // Entities are read in path order; each document again at the sentences the index cut.
  const docs = documents.map((d): ExtractionDoc => ({ meta: d.meta, layout: d.record.layout })).sort((a, b) => (a.meta.path < b.meta.path ? -1 : a.meta.path > b.meta.path ? 1 : 0));
  const key = entitiesKey(docs.map((d) => d.meta), job.curated);
  const extracting = job.entitiesKey !== key && cache?.entities?.key !== key;
  // Packed once, for the main thread (see indexWorker.ts) and for the cache, which reads it after the main thread.
  // Nothing changed since the cache: its packed arrays as read (every record, the BM25 arrays and the name totals
  // view the file's bytes), not packed again; they stay here if extraction reads the records' layouts.
  let packed: PackedIndexData | undefined = unchanged && cache.packed ? { ...cache.packed, nameTotals: data.nameTotals } : undefined;
  const packedOnce: PackedIndexOnce = { get: () => (packed ??= packIndexData(data)), keptForCache: writeCache || (packed !== undefined && extracting) };
  events.index({ ...data, problems, reused, packed: packedOnce });

  const names = extracting ? new NameStats() : undefined;
  if (names) timed(stages, 'index', () => names.addTotals(data.nameTotals!, vocabulary.words));
  const indexCache: { written: boolean; error?: string } = { written: false };
  if (job.cacheFile && writeCache) {
    const started = performance.now();
    try {
      await writeIndexCache(job.cacheFile, packedOnce.get());
      indexCache.written = true;
    } catch (error) {
      indexCache.error = String(error);
    }
    stages['index cache'] = (performance.now() - started) / 1000;
  }
  return { docs, key, names, built, cachedEntities: cache?.entities, indexCache };
}

/**
 * The index of a build packed for the main thread and the cache (see packedIndex.ts), made on first `get`;
 * `keptForCache`: the build reads its arrays after the index event (to write the cache, or, when they are the
 * cache's as read, to extract entities), so they may not be moved away.
 */
export interface PackedIndexOnce {
  get(): PackedIndexData;
  readonly keptForCache: boolean;
}

/** The index of built data, its documents read again from their files when needed. */
export function indexOfData(data: IndexData, onStale?: (doc: StoredDocument) => void): CorpusIndex {
  const vocabulary = new Vocabulary(data.vocabulary);
  const documents = data.documents.map(({ meta, record }) => ({ doc: new StoredDocument(meta, onStale, record.layout), record }));
  const restored = data.bm25 && CorpusIndex.restore(vocabulary, documents, data.bm25, data.nameTotals);
  if (restored) return restored;
  const index = new CorpusIndex(vocabulary);
  for (const { doc, record } of documents) index.addDocument(doc, record);
  return index;
}

/** The BM25 index of records, in their order. */
function bm25Of(documents: readonly IndexedFile[]): Bm25Data {
  return bm25DataOf(documents.map((d) => d.record));
}

/** The data of an index, to hand to a build that reuses it. */
export function dataOfIndex(index: CorpusIndex): IndexData {
  return {
    vocabulary: index.vocabulary.words,
    documents: index.records().map(({ doc, record }) => ({ meta: doc instanceof StoredDocument ? doc.meta : metaOf(doc), record })),
  };
}

/**
 * Bytes whose buffer holds little else (a file read whole), as they are, to be moved to another thread with their
 * buffer; else a copy of their own.
 */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.buffer.byteLength - bytes.byteLength <= 4096 ? bytes : bytes.slice();
}

/** Installs serialized entities in an index built from the same data. */
export function installEntities(index: CorpusIndex, serialized: Uint8Array, key: string): void {
  index.setEntities(new EntityIndex(deserializeEntities(serialized)), index.version, key);
}

/** A file's document and record. */
type IndexedFile = { meta: DocumentMeta; record: DocRecord };

/** Up to this many files, documents built for the index are kept in memory for entity extraction. */
const keepBuiltUpTo = 2000;

/** Below this many files to read, a second thread is not worth starting. */
const minFilesToShare = 200;

/** Files handed to a second thread: indexed with a vocabulary that starts as `vocabulary`. */
export interface ShareJob {
  files: string[];
  vocabulary: string[];
  previous: IndexedFile[];
}

/** What a second thread sends back (its documents are not: entity extraction reads them again). */
export interface ShareResult {
  vocabulary: string[];
  documents: IndexedFile[];
  problems: CorpusProblem[];
  reused: number;
  /** Seconds this thread spent reading, splitting and indexing. */
  stages: StageTimes;
}

/**
 * A second thread for the parts of a build that split in two: indexing files ({@link indexShare}), reading the
 * candidate names of documents ({@link candidatesShare}), kinds ({@link kindsShare}) and definitions
 * ({@link definitionsShare}).
 * One job at a time (the server runs each on a thread of its own, see indexWorker.ts, but the chunks of one stage's
 * candidates, kinds or definitions on one thread, until {@link Helper.release}); {@link Helper.close} ends a job's
 * thread still running when the build ends.
 */
export interface Helper {
  index(job: ShareJob, progress: (files: number) => void): Promise<ShareResult>;
  /** The candidates of documents: called for several chunks of one stage, all on one thread, kept until {@link Helper.release}. */
  candidates(job: CandidatesJob): Promise<CandidatesResult>;
  /** The kinds of groups: as {@link Helper.candidates}. */
  kinds(job: KindsJob): Promise<KindsResult>;
  /** The definitions of groups: as {@link Helper.kinds}. */
  definitions(job: DefinitionsJob): Promise<DefinitionsResult>;
  /** Ends the thread kept for the chunks of a stage (candidates, kinds, definitions), letting its heap go. */
  release(): void;
  close(): void;
}

/** A job for the second thread, as it is posted there. */
export type HelperJob = { kind: 'index'; job: ShareJob } | { kind: 'candidates'; job: CandidatesJob } | { kind: 'kinds'; job: KindsJob } | { kind: 'definitions'; job: DefinitionsJob };

/** What the second thread answers a job with. */
export type HelperResult = ShareResult | CandidatesResult | KindsResult | DefinitionsResult;

/** Runs a job of the second thread (on the thread that calls it); `progress` hears of files indexed. */
export function runHelperJob(job: HelperJob, progress?: (files: number) => void): HelperResult {
  switch (job.kind) {
    case 'index':
      return indexShare(job.job, progress);
    case 'candidates':
      return candidatesShare(job.job);
    case 'kinds':
      return kindsShare(job.job);
    case 'definitions':
      return definitionsShare(job.job);
  }
}

/** The buffers of a helper's result that can be moved to the thread that asked, not copied. */
export function transferables(result: HelperResult): ArrayBuffer[] {
  return 'packed' in result ? CandidatePacker.buffers(result.packed) : [];
}

/** A second thread's part of a build. */
export function indexShare(job: ShareJob, progress?: (files: number) => void): ShareResult {
  const vocabulary = new Vocabulary([...job.vocabulary]);
  const stages: StageTimes = {};
  const result = indexFiles(job.files, new Map(job.previous.map((d) => [d.meta.path, d])), vocabulary, progress, false, stages);
  return { vocabulary: vocabulary.words, documents: result.documents, problems: result.problems, reused: result.reused, stages };
}

/**
 * Reads and indexes files, reusing the record of a file whose content hash is unchanged. Synchronous: it
 * runs on a thread of its own (or in the CLI), where waiting on each file would only add idle time. Built
 * documents are kept (for entity extraction) only when `keep`. Seconds per stage go to `stages`.
 */
function indexFiles(files: string[], previous: ReadonlyMap<string, IndexedFile>, vocabulary: Vocabulary, progress?: (files: number) => void, keep = false, stages?: StageTimes) {
  const documents: IndexedFile[] = [];
  const built = new Map<string, CorpusDocument>();
  const problems: CorpusProblem[] = [];
  let reused = 0;
  files.forEach((file, i) => {
    const read = timed(stages, 'read', () => readCorpusFileSync(file));
    if (read.text === undefined) {
      problems.push(...read.problems);
    } else {
      const hash = hashText(read.text);
      const stats = { size: read.size, mtimeMs: read.mtimeMs };
      const known = previous.get(file);
      if (known && known.meta.hash === hash) {
        documents.push({ meta: { ...known.meta, ...stats }, record: known.record });
        reused++;
      } else {
        const { doc, problems: unusable } = timed(stages, 'sentences', () => buildReadDocument(file, read.text!, hash, read.problems));
        problems.push(...unusable);
        if (doc) {
          if (keep) built.set(file, doc);
          documents.push({ meta: metaOf(doc, stats), record: timed(stages, 'index', () => recordOf(doc, vocabulary)) });
        }
      }
    }
    if (i % 50 === 49) progress?.(50);
  });
  progress?.(files.length % 50);
  return { documents, built, problems, reused };
}

/** A record with its word ids mapped through `ids`. */
function renumbered(record: DocRecord, ids: Int32Array): DocRecord {
  return { terms: record.terms.map((id) => ids[id]), starts: record.starts, names: renumberNameCounts(record.names, ids), layout: record.layout };
}

function statOrUndefined(file: string): { size: number; mtimeMs: number } | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** A document to read entities from: its metadata, and where the index cut its sentences. */
type ExtractionDoc = { meta: DocumentMeta; layout: Int32Array };

/**
 * A corpus document read again for entity extraction: cut at the sentences the index found (no front matter
 * or sentence splitting to redo), or built anew if the file changed since it was indexed.
 */
function readForExtraction({ meta, layout }: ExtractionDoc): CorpusDocument {
  const read = readCorpusFileSync(meta.path);
  // Unchanged by size and time, as the index phase takes it, else by content hash (hashing every file again cost
  // about 0.5 s per thread at 35,987 real articles).
  const unchanged = read.text !== undefined && ((read.size === meta.size && read.mtimeMs === meta.mtimeMs) || hashText(read.text) === meta.hash);
  if (unchanged) {
    const again = rereadDocument(meta.path, read.text, layout);
    if (again && again.sentences.length === meta.sentenceCount) return { ...meta, ...again };
  }
  return buildDocument(meta.path, read.text ?? '', read.text === undefined ? '' : undefined);
}

/**
 * Entities of indexed data. Documents are read in path order, one at a time: those built in this run are
 * taken (and let go), the others read again from their files, so that a large corpus is never all in memory.
 * With a second thread, that thread reads the candidate names, kinds and definitions of a share of the documents and
 * entities meanwhile (see shareAsItGoes); the entities are the same (the candidates join their groups in path order).
 */
async function extractFromFiles(docs: readonly ExtractionDoc[], names: NameStats, built: Map<string, CorpusDocument>, curated: readonly CuratedEntity[], stages: StageTimes, helper?: Helper): Promise<Entity[]> {
  const take = (d: ExtractionDoc) => {
    const doc = built.get(d.meta.path);
    built.delete(d.meta.path);
    return doc ?? readForExtraction(d);
  };
  const documents = function* (): Generator<CorpusDocument> {
    for (const d of docs) yield take(d);
  };
  let extracted: Entity[];
  if (!helper || docs.length < minFilesToShare) {
    extracted = extractEntities(documents(), names, stages);
  } else {
    const reading: NameReading = { names, use: names.use() };
    const groups = new Map<string, Group>();
    // Shared as it goes: this thread reads the documents in path order (the corpus's list reversed, read from its
    // end), adding their candidates to the groups as it goes; the second thread reads chunks from the last
    // documents back, whose candidates join the groups after, in path order.
    const context = { nameWords: names.nameWords(), standalone: [...reading.use.standalone], alone: [...reading.use.alone] };
    const theirs = async (chunk: readonly ExtractionDoc[]) => {
      const job: CandidatesJob = { documents: [...chunk], ...context };
      const result = await helper.candidates(job).catch(() => candidatesShare(job));
      return unpackCandidates(result.packed);
    };
    const mine = (d: ExtractionDoc): Candidate[] | undefined => {
      const doc = timed(stages, 'entity documents', () => take(d));
      addToGroups(groups, candidatesOfDocument(doc, reading));
      return undefined;
    };
    const started = performance.now();
    const documentsBefore = stages['entity documents'] ?? 0;
    const lists = await shareAsItGoes([...docs].reverse(), () => 1, mine, theirs, { minChunk: minShareDocuments });
    helper.release();
    for (let i = lists.length - 1; i >= 0; i--) if (lists[i]) addToGroups(groups, lists[i]!);
    addTime(stages, 'entity candidates', (performance.now() - started) / 1000 - ((stages['entity documents'] ?? 0) - documentsBefore));
    // mergeGroups, with the kinds read on two threads.
    mergeSpellings(groups, stages, names);
    const kinds = await kindsOnTwoThreads([...groups.values()], helper, stages);
    timed(stages, 'kinds', () => propagateKinds(groups, kinds));
    mergeNamesOfOne(groups, kinds, stages);
    const { definitions, written } = await defineOnTwoThreads([...groups.values()], helper, stages);
    extracted = assembleEntities(groups, kinds, stages, (group) => definitions.get(group), written);
  }
  return timed(stages, 'merges', () => applyCurated(extracted, curated, documents));
}

/**
 * The kind of each group (kindOf), shared with the second thread as it goes (see {@link shareAsItGoes}). Timed as the
 * kinds stage of this thread.
 */
async function kindsOnTwoThreads(groups: readonly Group[], helper: Helper, stages: StageTimes): Promise<Map<Group, EntityKind>> {
  const started = performance.now();
  const theirs = (chunk: readonly Group[]) => {
    const job: KindsJob = { groups: packGroups(chunk, (group) => sample(group.candidates)) };
    return helper.kinds(job).catch(() => kindsShare(job)).then((result) => result.kinds);
  };
  const found = await shareAsItGoes(groups, groupCost, kindOf, theirs);
  helper.release();
  const kinds = new Map<Group, EntityKind>();
  groups.forEach((group, i) => kinds.set(group, found[i]));
  addTime(stages, 'kinds', (performance.now() - started) / 1000);
  return kinds;
}

/** What a group's kind or definition costs to read, in mentions read (plus one): what {@link shareAsItGoes} splits. */
function groupCost(group: Group): number {
  return 1 + sample(group.candidates).length;
}

/**
 * The definitions of groups, shared with the second thread as it goes (see {@link shareAsItGoes}); once this thread
 * has no group left to define, it makes the groups' mentions compact (see writeMentions, which lets the candidates
 * go) while the second thread ends its last share. Timed as the definitions stage of this thread.
 */
async function defineOnTwoThreads(groups: readonly Group[], helper: Helper, stages: StageTimes): Promise<{ definitions: Map<Group, Definition | undefined>; written: WrittenMentions }> {
  const started = performance.now();
  const theirs = (chunk: readonly Group[]) => {
    const job: DefinitionsJob = { groups: packGroups(chunk, (group) => sample(group.candidates)) };
    return helper
      .definitions(job)
      .catch(() => definitionsShare(job))
      .then((result) => result.definitions.map((d) => d ?? undefined));
  };
  let written: WrittenMentions | undefined;
  const found = await shareAsItGoes(groups, groupCost, defineEntity, theirs, { meanwhile: () => (written = writeMentions(groups)) });
  helper.release();
  const definitions = new Map<Group, Definition | undefined>();
  groups.forEach((group, i) => definitions.set(group, found[i]));
  addTime(stages, 'definitions', (performance.now() - started) / 1000);
  return { definitions, written: written! };
}

/**
 * Work on `items` shared with the second thread as it goes, so that both threads end together whatever each one's
 * speed (the machine's other load, the second thread's start, the cost of packing its share): this thread reads
 * items one at a time from the end (`mine`), the second thread chunks from the start (`theirs`, one packed job per
 * chunk, on one thread for the stage), each chunk sent when the one before is answered, a quarter of the cost left
 * (guided self-scheduling, C. Polychronopoulos and D. Kuck, 1987), at least `minChunk`. This thread lets the answers in between items
 * (every {@link shareSliceMs}); once it has no item left, it runs `meanwhile`, then waits for the last chunk. The
 * results are in the items' order, the same whichever thread read each (`mine` and `theirs` give the same answers).
 * A static split in two halves left either thread waiting for the other 1.6 to 6 s per stage at 35,987 real articles
 * (build thread CPU profiles, load 4 to 11).
 */
export async function shareAsItGoes<T, R>(
  items: readonly T[],
  cost: (item: T) => number,
  mine: (item: T) => R,
  theirs: (chunk: readonly T[]) => Promise<R[]>,
  { meanwhile, minChunk = minShareCost }: { meanwhile?: () => void; minChunk?: number } = {},
): Promise<R[]> {
  const results = new Array<R>(items.length);
  const costs = items.map(cost);
  let left = costs.reduce((a, b) => a + b, 0);
  let front = 0;
  let back = items.length;
  let pending: Promise<void> | undefined;
  const send = () => {
    const target = Math.max(minChunk, left / 4);
    const start = front;
    let chunkCost = 0;
    while (front < back && (front === start || chunkCost < target)) chunkCost += costs[front++];
    left -= chunkCost;
    const chunk = items.slice(start, front);
    pending = theirs(chunk).then((answers) => {
      answers.forEach((answer, i) => (results[start + i] = answer));
      pending = undefined;
    });
  };
  while (front < back) {
    if (!pending) send();
    const until = performance.now() + shareSliceMs;
    while (front < back && performance.now() < until) {
      back--;
      left -= costs[back];
      results[back] = mine(items[back]);
    }
    if (front < back) await new Promise((resolve) => setImmediate(resolve));
  }
  meanwhile?.();
  while (pending) await pending;
  return results;
}

/** The smallest chunk {@link shareAsItGoes} sends by default, in mentions read (kinds, definitions): below, a message costs more than it saves. */
const minShareCost = 2000;

/** The smallest chunk of documents whose candidates {@link shareAsItGoes} sends (each job carries the corpus's name words). */
const minShareDocuments = 500;

/** How long this thread reads items in {@link shareAsItGoes} before it lets the second thread's answers in, in ms. */
const shareSliceMs = 20;

/** Documents whose candidate names a second thread reads, with what it needs to know of the whole corpus. */
export interface CandidatesJob {
  documents: ExtractionDoc[];
  /** The words the corpus writes as names, and how its name words stand (see NameStats). */
  nameWords: string[];
  standalone: string[];
  alone: string[];
}

/** The candidates of each document of a {@link CandidatesJob}, in its order, packed. */
export interface CandidatesResult {
  packed: PackedCandidates;
  stages: StageTimes;
}

/** A second thread's reading of candidate names. */
export function candidatesShare(job: CandidatesJob): CandidatesResult {
  const words = new Set(job.nameWords);
  const reading: NameReading = { names: { isName: (norm) => words.has(norm) }, use: { standalone: new Set(job.standalone), alone: new Set(job.alone) } };
  const packer = new CandidatePacker();
  const stages: StageTimes = {};
  for (const d of job.documents) {
    const doc = timed(stages, 'entity documents', () => readForExtraction(d));
    timed(stages, 'entity candidates', () => packer.add(candidatesOfDocument(doc, reading)));
  }
  return { packed: packer.pack(), stages };
}

/** Groups whose kinds a second thread reads. */
export interface KindsJob {
  groups: PackedGroups;
}

/** The kind of each group of a {@link KindsJob}, in its order. */
export interface KindsResult {
  kinds: EntityKind[];
}

/** A second thread's reading of kinds. */
export function kindsShare(job: KindsJob): KindsResult {
  return { kinds: unpackGroups(job.groups).map(kindOf) };
}

/** Groups whose definitions a second thread reads. */
export interface DefinitionsJob {
  groups: PackedGroups;
}

/** The definition of each group of a {@link DefinitionsJob} (null: none), in its order. */
export interface DefinitionsResult {
  definitions: (Definition | null)[];
}

/** A second thread's reading of definitions. */
export function definitionsShare(job: DefinitionsJob): DefinitionsResult {
  return { definitions: unpackGroups(job.groups).map((group) => defineEntity(group) ?? null) };
}
