import { promises as fs } from 'node:fs';
import { buildDocument, hashText, type CorpusDocument } from '../corpus/document';
import { listCorpusFiles, readCorpusFile } from '../corpus/files';
import { metaOf, StoredDocument, type DocumentMeta } from '../corpus/storedDocument';
import { applyCurated } from '../entities/applyCurated';
import { EntityIndex } from '../entities/entityIndex';
import { extractEntities } from '../entities/extract';
import type { CuratedEntity, Entity } from '../entities/types';
import type { CorpusProblem } from '../types';
import { CorpusIndex } from './corpusIndex';
import { recordOf, type DocRecord } from './docRecord';
import { deserializeEntities, entitiesKey, readIndexCache, serializeEntities, writeIndexCache, type IndexData } from './indexCache';
import { NameStats } from './nameStats';
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
  index(data: IndexData & { problems: CorpusProblem[]; reused: number }): void;
  /** The entities, serialized (see indexCache.ts); `serialized` undefined: the ones known under `key` still hold. */
  entities(result: { key: string; serialized?: Uint8Array; fromCache: boolean; seconds: number }): void;
  cache?(result: { file: string; written: boolean; error?: string }): void;
}

/**
 * Indexes a corpus: lists its files, reuses the record of every file unchanged since the previous index or
 * the cache (same size and time, else same content hash), reads and indexes the others, then extracts the
 * entities unless the known ones still hold, and writes the cache. Runs in a worker thread for the server
 * (see indexWorker.ts) and in-process for the CLI. Bad files are reported, never thrown.
 */
export async function buildIndexData(job: BuildJob, events: BuildEvents): Promise<void> {
  const cache = !job.previous && job.cacheFile ? await readIndexCache(job.cacheFile) : undefined;
  const base = job.previous ?? cache;
  const vocabulary = new Vocabulary(base ? [...base.vocabulary] : []);
  const previous = new Map((base?.documents ?? []).map((d) => [d.meta.path, d]));
  const { files, problems } = await listCorpusFiles(job.roots, job.baseDir);
  const documents: { meta: DocumentMeta; record: DocRecord }[] = [];
  const built = new Map<string, CorpusDocument>();
  let reused = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const known = previous.get(file);
    const stat = known ? await fs.stat(file).catch(() => undefined) : undefined;
    if (known && stat && stat.size === known.meta.size && stat.mtimeMs === known.meta.mtimeMs) {
      documents.push(known);
      reused++;
    } else {
      const read = await readCorpusFile(file);
      if (read.text === undefined) {
        problems.push(...read.problems);
      } else {
        const hash = hashText(read.text);
        const stats = { size: read.size, mtimeMs: read.mtimeMs };
        if (known && known.meta.hash === hash) {
          documents.push({ meta: { ...known.meta, ...stats }, record: known.record });
          reused++;
        } else {
          const doc = safeBuild(file, read.text, hash, read.problems, problems);
          if (doc) {
            built.set(file, doc);
            documents.push({ meta: metaOf(doc, stats), record: recordOf(doc, vocabulary) });
          }
        }
      }
    }
    if (i % 50 === 49 || i === files.length - 1) events.progress?.(i + 1, files.length);
  }
  const data: IndexData = { vocabulary: vocabulary.words, documents };
  events.index({ ...data, problems, reused });

  const key = entitiesKey(documents.map((d) => d.meta), job.curated);
  let serialized: Uint8Array | undefined;
  if (job.entitiesKey === key) {
    events.entities({ key, fromCache: false, seconds: 0 });
  } else if (cache?.entities?.key === key) {
    serialized = cache.entities.serialized;
    events.entities({ key, serialized: serialized.slice(), fromCache: true, seconds: 0 });
  } else {
    const started = performance.now();
    serialized = serializeEntities(await extractFromFiles(data, built, job.curated));
    events.entities({ key, serialized: serialized.slice(), fromCache: false, seconds: (performance.now() - started) / 1000 });
  }
  built.clear();

  if (!job.cacheFile) return;
  const current = cache && reused === documents.length && cache.documents.length === documents.length && cache.entities?.key === key;
  if (current) {
    events.cache?.({ file: job.cacheFile, written: false });
    return;
  }
  try {
    await writeIndexCache(job.cacheFile, data, serialized ? { key, serialized } : undefined);
    events.cache?.({ file: job.cacheFile, written: true });
  } catch (error) {
    events.cache?.({ file: job.cacheFile, written: false, error: String(error) });
  }
}

/** The index of built data, its documents read again from their files when needed. */
export function indexOfData(data: IndexData, onStale?: (doc: StoredDocument) => void): CorpusIndex {
  const index = new CorpusIndex(new Vocabulary(data.vocabulary));
  for (const { meta, record } of data.documents) index.addDocument(new StoredDocument(meta, onStale), record);
  return index;
}

/** The data of an index, to hand to a build that reuses it. */
export function dataOfIndex(index: CorpusIndex): IndexData {
  return {
    vocabulary: index.vocabulary.words,
    documents: index.records().map(({ doc, record }) => ({ meta: doc instanceof StoredDocument ? doc.meta : metaOf(doc), record })),
  };
}

/** Installs serialized entities in an index built from the same data. */
export function installEntities(index: CorpusIndex, serialized: Uint8Array, key: string): void {
  index.setEntities(new EntityIndex(deserializeEntities(serialized)), index.version, key);
}

function safeBuild(file: string, text: string, hash: string, readProblems: CorpusProblem[], problems: CorpusProblem[]): CorpusDocument | undefined {
  try {
    const doc = buildDocument(file, text, hash);
    doc.problems.unshift(...readProblems);
    return doc;
  } catch (error) {
    problems.push(...readProblems, { path: file, severity: 'error', message: `file could not be indexed: ${String(error)}` });
    return undefined;
  }
}

/** Entities of indexed data: documents not built in this run are read again from their files. */
async function extractFromFiles(data: IndexData, built: Map<string, CorpusDocument>, curated: readonly CuratedEntity[]): Promise<Entity[]> {
  const names = new NameStats();
  const docs: CorpusDocument[] = [];
  for (const { meta, record } of data.documents) {
    names.addCounts(record.names, data.vocabulary);
    let doc = built.get(meta.path);
    if (!doc) {
      const read = await readCorpusFile(meta.path);
      doc = buildDocument(meta.path, read.text ?? '', read.text === undefined ? '' : undefined);
    }
    docs.push(doc);
  }
  docs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return applyCurated(extractEntities(docs, names), curated, docs);
}
