import type { CorpusDocument, Sentence } from '../corpus/document';
import { termsOf, termsOfTokens } from '../text/stem';
import { tokenize } from '../text/tokenize';
import type { CorpusProblem, Lang } from '../types';
import { Bm25Index } from './bm25';
import { applyCurated } from '../entities/applyCurated';
import { EntityIndex } from '../entities/entityIndex';
import { extractEntities } from '../entities/extract';
import type { CuratedEntity } from '../entities/types';
import { FuzzyNames } from './fuzzyNames';
import { NameStats } from './nameStats';

/** A sentence of the corpus found by a search. */
export interface PassageHit {
  doc: CorpusDocument;
  sentence: Sentence;
  score: number;
}

interface PassageRef {
  doc: CorpusDocument;
  sentence: Sentence;
}

/**
 * The corpus in memory: documents by path and by citation id, and their sentences in a BM25 index.
 * Documents can be replaced or removed one at a time, so a changed file is re-indexed alone.
 */
export class CorpusIndex {
  private readonly byPath = new Map<string, CorpusDocument>();
  private readonly passageIds = new Map<string, number[]>();
  private readonly passages: (PassageRef | undefined)[] = [];
  private readonly bm25 = new Bm25Index();
  /** Which words the corpus writes as names. */
  readonly names = new NameStats();
  private sentenceCount = 0;
  private idCache: Map<string, CorpusDocument> | undefined;
  private fuzzySources: FuzzyNames<CorpusDocument> | undefined;
  private entityCache: EntityIndex | undefined;
  private changes = 0;
  private curatedEntries: readonly CuratedEntity[] = [];
  /** Problems in curated entity files, set by the loader. */
  curatedProblems: CorpusProblem[] = [];

  /** Problems from listing the corpus folders (missing paths…), set by the loader. */
  listingProblems: CorpusProblem[] = [];

  /** Documents, sorted by path. */
  documents(): CorpusDocument[] {
    return [...this.byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  get documentCount(): number {
    return this.byPath.size;
  }

  get sentenceTotal(): number {
    return this.sentenceCount;
  }

  /** The document with this citation id; with duplicate ids, the first by path. */
  documentById(id: string): CorpusDocument | undefined {
    if (!this.idCache) {
      this.idCache = new Map();
      for (const doc of this.documents()) {
        const key = doc.id.toLowerCase();
        if (!this.idCache.has(key)) this.idCache.set(key, doc);
      }
    }
    return this.idCache.get(id.toLowerCase());
  }

  /** The entities of the corpus, extracted on first use after a change, with the curated entries applied. */
  entities(): EntityIndex {
    this.entityCache ??= new EntityIndex(applyCurated(extractEntities(this.documents(), this.names), this.curatedEntries, this.documents()));
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
  setEntities(entities: EntityIndex, version: number): void {
    if (version === this.changes) this.entityCache = entities;
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
    return this.byPath.get(filePath);
  }

  /** Adds a document, replacing any previous version of the same path. */
  setDocument(doc: CorpusDocument): void {
    this.removeDocument(doc.path);
    this.changes++;
    this.idCache = undefined;
    this.fuzzySources = undefined;
    this.entityCache = undefined;
    this.byPath.set(doc.path, doc);
    const ids: number[] = [];
    for (const sentence of doc.sentences) {
      const tokens = tokenize(sentence.text);
      const id = this.bm25.add(termsOfTokens(tokens, doc.lang));
      this.names.count(tokens);
      this.passages[id] = { doc, sentence };
      ids.push(id);
    }
    this.passageIds.set(doc.path, ids);
    this.sentenceCount += doc.sentences.length;
  }

  /** Removes a document and its passages; true when it was there. */
  removeDocument(filePath: string): boolean {
    const doc = this.byPath.get(filePath);
    if (!doc) return false;
    this.changes++;
    this.idCache = undefined;
    this.fuzzySources = undefined;
    this.entityCache = undefined;
    for (const id of this.passageIds.get(filePath) ?? []) {
      const passage = this.passages[id];
      if (passage) {
        const tokens = tokenize(passage.sentence.text);
        this.bm25.remove(id, termsOfTokens(tokens, doc.lang));
        this.names.count(tokens, -1);
      }
      this.passages[id] = undefined;
    }
    this.passageIds.delete(filePath);
    this.byPath.delete(filePath);
    this.sentenceCount -= doc.sentences.length;
    return true;
  }

  /** The sentences best matching a text, best first. */
  search(text: string, lang: Lang, limit = 10): PassageHit[] {
    return this.searchTerms(termsOf(text, lang), limit);
  }

  /** The sentences best matching retrieval terms, best first; `weights` boosts some terms. */
  searchTerms(terms: readonly string[], limit = 10, weights?: ReadonlyMap<string, number>): PassageHit[] {
    const hits: PassageHit[] = [];
    for (const hit of this.bm25.search(terms, limit, weights)) {
      const passage = this.passages[hit.id];
      if (passage) hits.push({ ...passage, score: hit.score });
    }
    return hits;
  }

  /** Inverse document frequency of a retrieval term over sentences. */
  idf(term: string): number {
    return this.bm25.idf(term);
  }

  /** Every problem: listing, per-file, and duplicate citation ids. */
  problems(): CorpusProblem[] {
    const problems = [...this.listingProblems, ...this.curatedProblems];
    const seen = new Map<string, CorpusDocument>();
    for (const doc of this.documents()) {
      problems.push(...doc.problems);
      const key = doc.id.toLowerCase();
      const first = seen.get(key);
      if (first) {
        problems.push({
          path: doc.path,
          severity: 'warning',
          message: `duplicate id "${doc.id}": ${first.path} has it too; citations [@${doc.id}] resolve to that file. Give this one its own "id" in the front matter.`,
          range: doc.frontMatterSpan ? doc.lines.rangeOf(doc.frontMatterSpan.start, doc.frontMatterSpan.end) : undefined,
        });
      } else {
        seen.set(key, doc);
      }
    }
    return problems;
  }
}
