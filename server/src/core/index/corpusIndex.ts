import * as path from 'node:path';
import type { CorpusDocument, Sentence } from '../corpus/document';
import { termsOf } from '../text/stem';
import type { CorpusProblem, Lang } from '../types';
import { Bm25Index, type Bm25Data } from './bm25';
import { applyCurated } from '../entities/applyCurated';
import { EntityIndex } from '../entities/entityIndex';
import { extractEntities } from '../entities/extract';
import type { CuratedEntity } from '../entities/types';
import { recordOf, recordSentences, type DocRecord } from './docRecord';
import { FuzzyNames } from './fuzzyNames';
import { NameStats } from './nameStats';
import { Vocabulary } from './vocabulary';

/** A sentence of the corpus found by a search. */
export interface PassageHit {
  doc: CorpusDocument;
  sentence: Sentence;
  score: number;
}

/** A document in the index: its record, and the passage id of its first sentence (the others follow). */
interface Indexed {
  doc: CorpusDocument;
  record: DocRecord;
  first: number;
}

/**
 * The corpus in memory: documents by path and by citation id, and their sentences in a BM25 index.
 * Documents can be replaced or removed one at a time, so a changed file is re-indexed alone. A document is
 * either built (its text in memory) or stored (read again from its file when a request needs it: see
 * {@link StoredDocument}); the index itself needs only its {@link DocRecord}.
 */
export class CorpusIndex {
  private readonly byPath = new Map<string, Indexed>();
  /** The document and sentence index of each passage id. */
  private readonly passageDocs: (CorpusDocument | undefined)[] = [];
  private passageSentences = new Int32Array(1024);
  /** Retrieval terms and name words, numbered. */
  readonly vocabulary: Vocabulary;
  private readonly bm25: Bm25Index;
  /** Which words the corpus writes as names. */
  readonly names = new NameStats();
  private sentenceCount = 0;
  private idCache: Map<string, CorpusDocument> | undefined;
  private sortedCache: CorpusDocument[] | undefined;
  private passageCountCache: Map<Lang, number> | undefined;
  private fuzzySources: FuzzyNames<CorpusDocument> | undefined;
  private entityCache: EntityIndex | undefined;
  private entitiesKey: string | undefined;
  private problemsCache: { version: number; listing: CorpusProblem[]; curated: CorpusProblem[]; problems: CorpusProblem[] } | undefined;
  private changes = 0;
  private curatedEntries: readonly CuratedEntity[] = [];
  /** Problems in curated entity files, set by the loader. */
  curatedProblems: CorpusProblem[] = [];

  /** Problems from listing the corpus folders (missing paths…), set by the loader. */
  listingProblems: CorpusProblem[] = [];

  constructor(vocabulary = new Vocabulary(), bm25 = new Bm25Index(vocabulary)) {
    this.vocabulary = vocabulary;
    this.bm25 = bm25;
  }

  /** Documents, sorted by path. */
  documents(): CorpusDocument[] {
    this.sortedCache ??= [...this.byPath.values()].map((i) => i.doc).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return [...this.sortedCache];
  }

  /** Each document with its record, sorted by path. */
  records(): { doc: CorpusDocument; record: DocRecord }[] {
    return this.documents().map((doc) => ({ doc, record: this.byPath.get(doc.path)!.record }));
  }

  get documentCount(): number {
    return this.byPath.size;
  }

  get sentenceTotal(): number {
    return this.sentenceCount;
  }

  /** The number of passages (sentences) of the documents in a language; counted once per version. */
  passagesIn(lang: Lang): number {
    if (!this.passageCountCache) {
      const counts = new Map<Lang, number>();
      for (const { doc, record } of this.records()) counts.set(doc.lang, (counts.get(doc.lang) ?? 0) + recordSentences(record));
      this.passageCountCache = counts;
    }
    return this.passageCountCache.get(lang) ?? 0;
  }

  /**
   * The document with this citation id (case ignored). With duplicate ids, the file named after the id keeps it
   * (`os-1671.md` for `id: os-1671`: a copy or a stray file given that id by mistake does not take it over), else
   * the first by path.
   */
  documentById(id: string): CorpusDocument | undefined {
    this.idCache ??= idOwners(this.documents());
    return this.idCache.get(id.toLowerCase());
  }

  /** The entities of the corpus, extracted on first use after a change, with the curated entries applied. */
  entities(): EntityIndex {
    this.entityCache ??= new EntityIndex(applyCurated(extractEntities(this.documents(), this.names), this.curatedEntries, () => this.documents()));
    return this.entityCache;
  }

  /** Whether the entities are computed (so that {@link entities} answers at once). */
  get hasEntities(): boolean {
    return this.entityCache !== undefined;
  }

  /** A number that changes whenever documents or curated entries do. */
  get version(): number {
    return this.changes;
  }

  /**
   * Installs entities computed elsewhere (in a worker thread) from the index at `version`; ignored when the
   * index has changed since.
   */
  setEntities(entities: EntityIndex, version: number, key?: string): void {
    if (version !== this.changes) return;
    this.entityCache = entities;
    this.entitiesKey = key;
  }

  /** The key (see indexCache.ts) of the entities installed by {@link setEntities}, while they hold. */
  get entityKey(): string | undefined {
    return this.entityCache ? this.entitiesKey : undefined;
  }

  /** The curated entries in force. */
  get curated(): readonly CuratedEntity[] {
    return this.curatedEntries;
  }

  /** Replaces the curated entity entries (from grounded.entities files). */
  setCurated(entries: readonly CuratedEntity[], problems: CorpusProblem[]): void {
    this.curatedEntries = entries;
    this.curatedProblems = problems;
    this.changes++;
    this.entityCache = undefined;
  }

  /** Fuzzy lookup of sources by id and title: for pickers, and for ids with a typo. */
  sources(): FuzzyNames<CorpusDocument> {
    this.fuzzySources ??= new FuzzyNames(this.documents(), (d) => [d.id, d.title]);
    return this.fuzzySources;
  }

  documentByPath(filePath: string): CorpusDocument | undefined {
    return this.byPath.get(filePath)?.doc;
  }

  /**
   * An index of documents with their records and a BM25 index built from those records, in this order
   * (as {@link addDocument} one after the other would number their passages); undefined if they disagree.
   * `nameTotals`: the records' name counts summed by word id (see nameTotals in nameStats.ts), added at once.
   */
  static restore(vocabulary: Vocabulary, documents: readonly { doc: CorpusDocument; record: DocRecord }[], bm25: Bm25Data, nameTotals?: Int32Array): CorpusIndex | undefined {
    const total = documents.reduce((n, d) => n + recordSentences(d.record), 0);
    if (total !== bm25.count || bm25.liveCount !== total) return undefined;
    const index = new CorpusIndex(vocabulary, Bm25Index.fromData(bm25, vocabulary));
    let first = 0;
    for (const { doc, record } of documents) {
      index.place(doc, record, first, !nameTotals);
      first += recordSentences(record);
    }
    if (nameTotals) index.names.addTotals(nameTotals, vocabulary.words);
    return index;
  }

  /** The BM25 index as plain arrays. */
  bm25Data(): Bm25Data {
    return this.bm25.toData();
  }

  /** Adds a built document, replacing any previous version of the same path. */
  setDocument(doc: CorpusDocument): void {
    this.addDocument(doc, recordOf(doc, this.vocabulary));
  }

  /**
   * Adds a document with its record (whose ids are of this index's vocabulary), replacing any previous
   * version of the same path. The document may be a {@link StoredDocument}, read again when needed.
   */
  addDocument(doc: CorpusDocument, record: DocRecord): void {
    this.removeDocument(doc.path);
    this.changed();
    let first = -1;
    for (let i = 0; i < recordSentences(record); i++) {
      const id = this.bm25.addIds(record.terms, record.starts[i], record.starts[i + 1]);
      if (first < 0) first = id;
    }
    this.place(doc, record, first);
  }

  /** Records a document whose sentences are the passages `first`, `first + 1`… of the BM25 index (and its name counts, unless added together). */
  private place(doc: CorpusDocument, record: DocRecord, first: number, countNames = true): void {
    const sentences = recordSentences(record);
    if (first + sentences > this.passageSentences.length) {
      const grown = new Int32Array(Math.max(this.passageSentences.length * 2, first + sentences));
      grown.set(this.passageSentences);
      this.passageSentences = grown;
    }
    for (let i = 0; i < sentences; i++) {
      this.passageDocs[first + i] = doc;
      this.passageSentences[first + i] = i;
    }
    if (countNames) this.names.addCounts(record.names, this.vocabulary.words);
    this.byPath.set(doc.path, { doc, record, first });
    this.sentenceCount += sentences;
  }

  /** Removes a document and its passages; true when it was there. */
  removeDocument(filePath: string): boolean {
    const indexed = this.byPath.get(filePath);
    if (!indexed) return false;
    this.changed();
    const { record, first } = indexed;
    const sentences = recordSentences(record);
    for (let i = 0; i < sentences; i++) {
      this.bm25.removeIds(first + i, record.terms, record.starts[i], record.starts[i + 1]);
      this.passageDocs[first + i] = undefined;
    }
    this.names.addCounts(record.names, this.vocabulary.words, -1);
    this.byPath.delete(filePath);
    this.sentenceCount -= sentences;
    return true;
  }

  private changed(): void {
    this.changes++;
    this.idCache = undefined;
    this.sortedCache = undefined;
    this.passageCountCache = undefined;
    this.fuzzySources = undefined;
    this.entityCache = undefined;
  }

  /** The sentences best matching a text, best first. */
  search(text: string, lang: Lang, limit = 10): PassageHit[] {
    return this.searchTerms(termsOf(text, lang), limit);
  }

  /** The sentences best matching retrieval terms, best first; `weights` boosts some terms. */
  searchTerms(terms: readonly string[], limit = 10, weights?: ReadonlyMap<string, number>): PassageHit[] {
    const hits: PassageHit[] = [];
    for (const hit of this.bm25.search(terms, limit, weights)) {
      const doc = this.passageDocs[hit.id];
      const sentence = doc?.sentences[this.passageSentences[hit.id]];
      // A stored document whose file changed since: its sentences are not these passages (it is being re-indexed).
      if (doc && sentence && !(doc as { stale?: boolean }).stale) hits.push({ doc, sentence, score: hit.score });
    }
    return hits;
  }

  /** Inverse document frequency of a retrieval term over sentences. */
  idf(term: string): number {
    return this.bm25.idf(term);
  }

  /**
   * Every problem: listing, per-file, and duplicate citation ids. Gathered once per version and lists of listing and
   * curated problems (a start asked three times, each a pass over every document: 0.15 s at 35,987 articles).
   */
  problems(): CorpusProblem[] {
    const known = this.problemsCache;
    if (known?.version === this.changes && known.listing === this.listingProblems && known.curated === this.curatedProblems) return [...known.problems];
    const problems = this.gatherProblems();
    this.problemsCache = { version: this.changes, listing: this.listingProblems, curated: this.curatedProblems, problems };
    return [...problems];
  }

  private gatherProblems(): CorpusProblem[] {
    const problems = [...this.listingProblems, ...this.curatedProblems];
    this.idCache ??= idOwners(this.documents());
    for (const doc of this.documents()) {
      problems.push(...doc.problems);
      const owner = this.idCache.get(doc.id.toLowerCase());
      if (owner && owner !== doc) {
        problems.push({
          path: doc.path,
          severity: 'warning',
          message: `duplicate id "${doc.id}": ${owner.path} has it too; citations [@${doc.id}] resolve to that file. Give this one its own "id" in the front matter.`,
          range: doc.frontMatterSpan ? doc.lines.rangeOf(doc.frontMatterSpan.start, doc.frontMatterSpan.end) : undefined,
        });
      }
    }
    return problems;
  }
}

/** Which document each citation id (lower case) resolves to: see {@link CorpusIndex.documentById}. */
export function idOwners<D extends CorpusDocument>(documents: Iterable<D>): Map<string, D> {
  const owners = new Map<string, D>();
  const namedAfter = (doc: CorpusDocument) => path.basename(doc.path, path.extname(doc.path)).toLowerCase() === doc.id.toLowerCase();
  for (const doc of documents) {
    const key = doc.id.toLowerCase();
    const owner = owners.get(key);
    if (!owner || (!namedAfter(owner) && namedAfter(doc))) owners.set(key, doc);
  }
  return owners;
}
