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
export const indexCacheVersion = 13;

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
  const bytes = serialize(encodeEntities(entities));
  // A view of v8's buffer, not a copy of it (tens of megabytes at a large corpus).
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
    const entities = await fs.readFile(entitiesFile(file)).then(readEntitiesFile, () => undefined);
    return entities ? { ...value, entities } : value;
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
  const key = Buffer.from(entities.key, 'utf8');
  const header = Buffer.alloc(16);
  header.write(entitiesMagic, 0, 'latin1');
  header.writeUInt32LE(indexCacheVersion, 4);
  header.writeUInt32LE(key.length, 8);
  header.writeUInt32LE(entities.serialized.byteLength, 12);
  await writeAtomically(entitiesFile(file), [header, key, entities.serialized]);
}

/**
 * The entities file: "GRNE", then the cache version, the key's length and the entities' length (32-bit
 * little-endian), the key (UTF-8), then the serialized entities as they are: written and read without being copied
 * into another buffer. A file cut short (a full disk) does not have the length it says, and is not read.
 */
const entitiesMagic = 'GRNE';

/** The key and serialized entities of an entities file (a view of its bytes); undefined if it is not one of this version. */
function readEntitiesFile(bytes: Buffer): SerializedEntities | undefined {
  if (bytes.length < 16 || bytes.toString('latin1', 0, 4) !== entitiesMagic || bytes.readUInt32LE(4) !== indexCacheVersion) return undefined;
  const keyEnd = 16 + bytes.readUInt32LE(8);
  if (keyEnd + bytes.readUInt32LE(12) !== bytes.length) return undefined;
  return { key: bytes.toString('utf8', 16, keyEnd), serialized: new Uint8Array(bytes.buffer, bytes.byteOffset + keyEnd, bytes.length - keyEnd) };
}

/**
 * Writes a file to a temporary file first, then renamed over the old one, so that a crash mid-write leaves
 * the previous file (or none), never a half-written one.
 */
async function writeAtomically(file: string, bytes: Uint8Array | Uint8Array[]): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    const handle = await fs.open(temporary, 'w');
    try {
      for (const part of Array.isArray(bytes) ? bytes : [bytes]) await handle.writeFile(part);
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, file);
  } finally {
    await fs.rm(temporary, { force: true });
  }
}
