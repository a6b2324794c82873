import type { DocumentMeta } from '../corpus/storedDocument';
import type { CorpusProblem, Lang } from '../types';
import type { Bm25Data } from './bm25';
import type { DocRecord } from './docRecord';
import type { IndexData } from './indexCache';

/**
 * An index as a few large arrays, to cache on disk and to move between threads: every document's record
 * concatenated into four integer arrays (with where each document's part starts), and the documents' metadata in
 * columns. v8 serialises and clones one large array as one copy, where 36,000 documents of four small arrays
 * each cost a half-second both ways (measured: structuredClone of the records of 35,987 real articles 509 ms,
 * of their metadata objects 151 ms). Unpacked, each record views its part of the large arrays (no copy).
 */
export interface PackedIndexData {
  vocabulary: string[];
  documents: PackedDocuments;
  bm25?: Bm25Data;
  nameTotals?: Int32Array;
}

/** Documents' metadata and records in columns (see {@link PackedIndexData}). */
export interface PackedDocuments {
  count: number;
  ids: string[];
  paths: string[];
  titles: string[];
  langs: Lang[];
  hashes: string[];
  /** Optional fields: null where a document has none. */
  dates: (string | null)[];
  urls: (string | null)[];
  authors: (string | null)[];
  /** Per document: sentence count, file size, file time (ms), front matter start and end; NaN where absent. */
  numbers: Float64Array;
  /** The documents that have problems, as [document number, problems]. */
  problems: [number, CorpusProblem[]][];
  /** The records' arrays, one document's after the other, and where each document's part starts (one more entry). */
  terms: Int32Array;
  termStarts: Int32Array;
  starts: Int32Array;
  startStarts: Int32Array;
  names: Int32Array;
  nameStarts: Int32Array;
  layout: Int32Array;
  layoutStarts: Int32Array;
}

const numberFields = 5;

/** Packs an index (see {@link PackedIndexData}); the index given is left as it is. */
export function packIndexData(data: IndexData): PackedIndexData {
  const { documents } = data;
  const count = documents.length;
  const numbers = new Float64Array(count * numberFields);
  const problems: [number, CorpusProblem[]][] = [];
  const column = <T>(read: (meta: DocumentMeta) => T) => documents.map((d) => read(d.meta));
  documents.forEach(({ meta }, i) => {
    numbers.set([meta.sentenceCount, meta.size ?? NaN, meta.mtimeMs ?? NaN, meta.frontMatterSpan?.start ?? NaN, meta.frontMatterSpan?.end ?? NaN], i * numberFields);
    if (meta.problems.length > 0) problems.push([i, meta.problems]);
  });
  const concat = (part: (record: DocRecord) => Int32Array) => {
    const starts = new Int32Array(count + 1);
    documents.forEach((d, i) => (starts[i + 1] = starts[i] + part(d.record).length));
    const all = new Int32Array(starts[count]);
    documents.forEach((d, i) => all.set(part(d.record), starts[i]));
    return [all, starts] as const;
  };
  const [terms, termStarts] = concat((r) => r.terms);
  const [starts, startStarts] = concat((r) => r.starts);
  const [names, nameStarts] = concat((r) => r.names);
  const [layout, layoutStarts] = concat((r) => r.layout);
  return {
    vocabulary: data.vocabulary,
    documents: {
      count,
      ids: column((m) => m.id),
      paths: column((m) => m.path),
      titles: column((m) => m.title),
      langs: column((m) => m.lang),
      hashes: column((m) => m.hash),
      dates: column((m) => m.date ?? null),
      urls: column((m) => m.url ?? null),
      authors: column((m) => m.author ?? null),
      numbers,
      problems,
      terms,
      termStarts,
      starts,
      startStarts,
      names,
      nameStarts,
      layout,
      layoutStarts,
    },
    ...(data.bm25 ? { bm25: data.bm25 } : {}),
    ...(data.nameTotals ? { nameTotals: data.nameTotals } : {}),
  };
}

/** The index back from {@link packIndexData}: each document's metadata as it was, its record viewing the packed arrays. */
export function unpackIndexData(packed: PackedIndexData): IndexData {
  const d = packed.documents;
  const problems = new Map(d.problems);
  const documents: IndexData['documents'] = new Array(d.count);
  for (let i = 0; i < d.count; i++) {
    const n = i * numberFields;
    const meta: DocumentMeta = { id: d.ids[i], path: d.paths[i], title: d.titles[i], lang: d.langs[i], hash: d.hashes[i], problems: problems.get(i) ?? [], sentenceCount: d.numbers[n] };
    if (d.dates[i] !== null) meta.date = d.dates[i]!;
    if (d.urls[i] !== null) meta.url = d.urls[i]!;
    if (d.authors[i] !== null) meta.author = d.authors[i]!;
    if (!Number.isNaN(d.numbers[n + 3])) meta.frontMatterSpan = { start: d.numbers[n + 3], end: d.numbers[n + 4] };
    if (!Number.isNaN(d.numbers[n + 1])) meta.size = d.numbers[n + 1];
    if (!Number.isNaN(d.numbers[n + 2])) meta.mtimeMs = d.numbers[n + 2];
    const record: DocRecord = {
      terms: d.terms.subarray(d.termStarts[i], d.termStarts[i + 1]),
      starts: d.starts.subarray(d.startStarts[i], d.startStarts[i + 1]),
      names: d.names.subarray(d.nameStarts[i], d.nameStarts[i + 1]),
      layout: d.layout.subarray(d.layoutStarts[i], d.layoutStarts[i + 1]),
    };
    documents[i] = { meta, record };
  }
  return { vocabulary: packed.vocabulary, documents, ...(packed.bm25 ? { bm25: packed.bm25 } : {}), ...(packed.nameTotals ? { nameTotals: packed.nameTotals } : {}) };
}

/**
 * The buffers of an index's packed arrays that can be moved to another thread, each once (not the BM25 arrays of
 * a built index, which the sender keeps using; an index read from a cache file views one buffer, moved whole).
 */
export function packedBuffers(packed: PackedIndexData): ArrayBuffer[] {
  const d = packed.documents;
  return [...new Set([d.numbers, d.terms, d.termStarts, d.starts, d.startStarts, d.names, d.nameStarts, d.layout, d.layoutStarts].map((a) => a.buffer as ArrayBuffer))];
}
