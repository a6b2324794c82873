import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { CorpusDocument } from '../corpus/document';
import type { Entity } from '../entities/types';
import type { CorpusIndex } from './corpusIndex';

/** Bump when the shape of documents, sentences or entities changes: an older cache is then discarded. */
export const indexCacheVersion = 1;

/** A document as cached: everything but its text, which is read again to check the file is unchanged. */
export type CachedDocument = Omit<CorpusDocument, 'text' | 'lines'>;

/** What is kept on disk between sessions: built documents by path, and the entities of the whole corpus. */
export interface IndexCache {
  version: number;
  documents: Map<string, CachedDocument>;
  entities?: { key: string; entities: Entity[] };
}

/** The key of a corpus's entities: its files' paths and contents, and the curated entries. */
export function entitiesKey(index: CorpusIndex): string {
  const hash = createHash('sha1');
  for (const doc of index.documents()) hash.update(doc.path).update('\0').update(doc.hash).update('\0');
  hash.update(JSON.stringify(index.curated));
  return hash.digest('hex');
}

/** Whether a cache already holds exactly an index's documents and entities (then it need not be written again). */
export function cacheIsCurrent(cache: IndexCache | undefined, index: CorpusIndex): boolean {
  if (!cache?.entities || cache.documents.size !== index.documentCount) return false;
  if (index.documents().some((doc) => cache.documents.get(doc.path)?.hash !== doc.hash)) return false;
  return cache.entities.key === entitiesKey(index);
}

/** The cache file for a set of corpus folders, in `dir`. */
export function indexCacheFile(dir: string, roots: readonly string[]): string {
  const key = createHash('sha1').update(roots.join('\0')).digest('hex').slice(0, 16);
  return path.join(dir, `grounded-index-${key}.bin`);
}

/** Reads a cache file; undefined when it is missing, unreadable, corrupt or of another version. Never throws. */
export async function readIndexCache(file: string): Promise<IndexCache | undefined> {
  try {
    const value = deserialize(await fs.readFile(file)) as IndexCache;
    if (value?.version !== indexCacheVersion || !(value.documents instanceof Map)) return undefined;
    return value;
  } catch {
    return undefined;
  }
}

/**
 * Writes the cache of an index: to a temporary file first, then renamed over the old one, so that a crash
 * mid-write leaves the previous cache (or none), never a half-written one.
 */
export async function writeIndexCache(file: string, index: CorpusIndex): Promise<void> {
  const documents = new Map<string, CachedDocument>();
  for (const doc of index.documents()) {
    const { text: _text, lines: _lines, ...rest } = doc;
    documents.set(doc.path, { ...rest, sentences: rest.sentences.map((s) => ({ ...s, offsets: s.offsets.slice() })) });
  }
  const cache: IndexCache = {
    version: indexCacheVersion,
    documents,
    ...(index.hasEntities ? { entities: { key: entitiesKey(index), entities: [...index.entities().entities] } } : {}),
  };
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, serialize(cache));
  await fs.rename(temporary, file);
}
