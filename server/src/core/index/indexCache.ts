import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { DocumentMeta } from '../corpus/storedDocument';
import { decodeEntities, encodeEntities, type EncodedEntities } from '../entities/compactEntities';
import type { CuratedEntity, Entity } from '../entities/types';
import type { Bm25Data } from './bm25';
import type { DocRecord } from './docRecord';
import { unpackIndexData, type PackedIndexData } from './packedIndex';

/** Bump when the shape of documents, records or entities changes, or how text is cut into them (sentences) or entities are read from it (kinds, definitions): an older cache is then discarded. */
export const indexCacheVersion = 21;

/** An index as plain data: the vocabulary its records are numbered in, and each document with its record. */
export interface IndexData {
  vocabulary: string[];
  documents: { meta: DocumentMeta; record: DocRecord }[];
  /** The BM25 index of these documents' records, in this order (rebuilt from them when absent). */
  bm25?: Bm25Data;
  /** The records' name counts summed by word id (see nameTotals in nameStats.ts; summed from them when absent). */
  nameTotals?: Int32Array;
}

/**
 * What is kept on disk between sessions: the index as data, and the entities of the whole corpus, kept
 * serialized (v8) so that they go from the file to the server's main thread without being read on the way.
 */
export interface IndexCache extends IndexData {
  version: number;
  entities?: SerializedEntities;
  /** The index as read from the file (its arrays view the file's bytes), which the rest of this cache unpacks. */
  packed: PackedIndexData;
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

/**
 * The default folder of index caches, shared by the CLI and the server when the editor gives no storage folder:
 * `$GROUNDED_CACHE_DIR`, else `$XDG_CACHE_HOME/grounded`, else `~/.cache/grounded` (the XDG Base Directory
 * Specification: a relative or empty `XDG_CACHE_HOME` is invalid and ignored).
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GROUNDED_CACHE_DIR) return env.GROUNDED_CACHE_DIR;
  const xdg = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  return path.join(xdg, 'grounded');
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
    const packed = readIndexFile(await fs.readFile(file));
    if (typeof packed?.documents?.count !== 'number' || !Array.isArray(packed.vocabulary)) return undefined;
    const value: IndexCache = { version: indexCacheVersion, ...unpackIndexData(packed), packed };
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

/** Writes the index file of a cache from the packed index (see packedIndex.ts, {@link writeAtomically}). */
export async function writeIndexCache(file: string, packed: PackedIndexData): Promise<void> {
  const arrays: ArrayBufferView[] = [];
  // The typed arrays of the packed index (one level down) are written after the header, each at an offset
  // aligned for its type, so that reading the file gives views of its bytes, not copies.
  const lift = (part: object) =>
    Object.fromEntries(Object.entries(part).map(([key, value]) => (ArrayBuffer.isView(value) ? [key, { array: arrays.push(value) - 1, type: value.constructor.name }] : [key, value])));
  const header = serialize({ vocabulary: packed.vocabulary, documents: lift(packed.documents), ...(packed.bm25 ? { bm25: lift(packed.bm25) } : {}), ...(packed.nameTotals ? { names: lift({ totals: packed.nameTotals }) } : {}) });
  const parts: Uint8Array[] = [];
  const prefix = Buffer.alloc(16);
  prefix.write(indexMagic, 0, 'latin1');
  prefix.writeUInt32LE(indexCacheVersion, 4);
  prefix.writeUInt32LE(header.length, 8);
  prefix.writeUInt32LE(arrays.length, 12);
  parts.push(prefix, header);
  let at = prefix.length + header.length;
  const pad = () => {
    const gap = (8 - (at % 8)) % 8;
    if (gap > 0) parts.push(Buffer.alloc(gap));
    at += gap;
  };
  for (const array of arrays) {
    pad();
    const lengths = Buffer.alloc(8);
    lengths.writeUInt32LE(array.byteLength, 0);
    parts.push(lengths, new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    at += 8 + array.byteLength;
  }
  await writeAtomically(file, parts);
}

/**
 * The index file: "GRNI", then the cache version, the header's length and the number of arrays (32-bit little-endian),
 * the header (v8: the vocabulary, the documents' strings, each typed array named by its number and type), then each
 * typed array at an offset aligned to 8, after its byte length.
 */
const indexMagic = 'GRNI';

const arrayTypes: Record<string, new (buffer: ArrayBufferLike, byteOffset: number, length: number) => ArrayBufferView> = {
  Int32Array,
  Uint16Array,
  Uint8Array,
  Float32Array,
  Float64Array,
};

/** The packed index of an index file, its typed arrays viewing the file's bytes; undefined if it is not one of this version. */
function readIndexFile(bytes: Buffer): PackedIndexData | undefined {
  if (bytes.length < 16 || bytes.toString('latin1', 0, 4) !== indexMagic || bytes.readUInt32LE(4) !== indexCacheVersion) return undefined;
  const headerEnd = 16 + bytes.readUInt32LE(8);
  if (headerEnd > bytes.length) return undefined;
  const header = deserialize(bytes.subarray(16, headerEnd)) as { vocabulary: string[]; documents: Record<string, unknown>; bm25?: Record<string, unknown>; names?: Record<string, unknown> };
  const arrays: Uint8Array[] = [];
  let at = headerEnd;
  for (let i = bytes.readUInt32LE(12); i > 0; i--) {
    at += (8 - (at % 8)) % 8;
    if (at + 8 > bytes.length) return undefined;
    const byteLength = bytes.readUInt32LE(at);
    at += 8;
    if (at + byteLength > bytes.length) return undefined;
    arrays.push(new Uint8Array(bytes.buffer, bytes.byteOffset + at, byteLength));
    at += byteLength;
  }
  if (at !== bytes.length) return undefined;
  const lower = (part: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(part).map(([key, value]) => {
        const ref = value as { array?: number; type?: string } | null;
        if (typeof ref?.array !== 'number' || !ref.type || !arrayTypes[ref.type]) return [key, value];
        const raw = arrays[ref.array];
        const type = arrayTypes[ref.type];
        const size = (type as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT;
        // Aligned in the file; a buffer that does not start aligned (a pooled one) gets a copy.
        const view = raw.byteOffset % size === 0 ? raw : raw.slice();
        return [key, new type(view.buffer, view.byteOffset, view.byteLength / size)];
      }),
    );
  const totals = header.names && lower(header.names).totals;
  return {
    vocabulary: header.vocabulary,
    documents: lower(header.documents) as unknown as PackedIndexData['documents'],
    ...(header.bm25 ? { bm25: lower(header.bm25) as unknown as PackedIndexData['bm25'] } : {}),
    ...(totals instanceof Int32Array ? { nameTotals: totals } : {}),
  };
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
