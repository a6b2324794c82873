import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { DocumentMeta } from '../corpus/storedDocument';
import { decodeEntities, encodeEntities, type EncodedEntities } from '../entities/compactEntities';
import type { CuratedEntity, Entity } from '../entities/types';
import type { Bm25Data } from './bm25';
import type { DocRecord } from './docRecord';
import { packIndexData, unpackIndexData, type PackedIndexData } from './packedIndex';

/** Bump when the shape of documents, records or entities changes: an older cache is then discarded. */
export const indexCacheVersion = 12;

/** An index as plain data: the vocabulary its records are numbered in, and each document with its record. */
export interface IndexData {
  vocabulary: string[];
  documents: { meta: DocumentMeta; record: DocRecord }[];
  /** The BM25 index of these documents' records, in this order (rebuilt from them when absent). */
  bm25?: Bm25Data;
}

/**
 * What is kept on disk between sessions: the index as data, and the entities of the whole corpus, kept
 * serialized (v8) so that they go from the file to the server's main thread without being read on the way.
 */
export interface IndexCache extends IndexData {
  version: number;
  entities?: SerializedEntities;
}

/** Entities serialized with v8 (see {@link serializeEntities}), under the key of the corpus they come from. */
export interface SerializedEntities {
  key: string;
  serialized: Uint8Array;
}

/** Entities as bytes of their own (a buffer that can be transferred to another thread). */
export function serializeEntities(entities: readonly Entity[]): Uint8Array {
  return new Uint8Array(serialize(encodeEntities(entities)));
}

export function deserializeEntities(serialized: Uint8Array): Entity[] {
  return decodeEntities(deserialize(serialized) as EncodedEntities);
}

/** The key of a corpus's entities: its files' paths and contents, and the curated entries. */
export function entitiesKey(documents: readonly { path: string; hash: string }[], curated: readonly CuratedEntity[]): string {
  const hash = createHash('sha1');
  for (const doc of [...documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) hash.update(doc.path).update('\0').update(doc.hash).update('\0');
  hash.update(JSON.stringify(curated));
  return hash.digest('hex');
}

/** The cache file for a set of corpus folders, in `dir`. */
export function indexCacheFile(dir: string, roots: readonly string[]): string {
  const key = createHash('sha1').update(roots.join('\0')).digest('hex').slice(0, 16);
  return path.join(dir, `grounded-index-${key}.bin`);
}

/**
 * Reads a cache: the index file and, beside it, its entities file. Undefined when the index file is missing,
 * unreadable, corrupt or of another version (a bad entities file only loses the entities). Never throws.
 */
export async function readIndexCache(file: string): Promise<IndexCache | undefined> {
  try {
    const packed = deserialize(await fs.readFile(file)) as PackedIndexData & { version: number };
    if (packed?.version !== indexCacheVersion || typeof packed.documents?.count !== 'number' || !Array.isArray(packed.vocabulary)) return undefined;
    const value: IndexCache = { version: packed.version, ...unpackIndexData(packed) };
    const entities = await fs.readFile(entitiesFile(file)).then((bytes) => deserialize(bytes) as SerializedEntities & { version: number }, () => undefined).catch(() => undefined);
    return entities?.version === indexCacheVersion && typeof entities.key === 'string' && entities.serialized instanceof Uint8Array ? { ...value, entities: { key: entities.key, serialized: entities.serialized } } : value;
  } catch {
    return undefined;
  }
}

/** The entities file of a cache: written after the index file, when the entities are extracted. */
function entitiesFile(file: string): string {
  return file.replace(/\.bin$/, '') + '.entities.bin';
}

/** Writes the index file of a cache, packed (see packedIndex.ts and {@link writeAtomically}). */
export async function writeIndexCache(file: string, data: IndexData): Promise<void> {
  await writeAtomically(file, serialize({ version: indexCacheVersion, ...packIndexData(data) }));
}

/** Writes the entities file of a cache. */
export async function writeEntitiesCache(file: string, entities: SerializedEntities): Promise<void> {
  await writeAtomically(entitiesFile(file), serialize({ version: indexCacheVersion, ...entities }));
}

/**
 * Writes a file to a temporary file first, then renamed over the old one, so that a crash mid-write leaves
 * the previous file (or none), never a half-written one.
 */
async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, file);
  } finally {
    await fs.rm(temporary, { force: true });
  }
}
