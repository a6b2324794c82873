import type { CorpusDocument } from '../corpus/document';
import type { EntityIndex } from '../entities/entityIndex';
import type { PassageHit } from '../index/corpusIndex';
import type { FuzzyNames } from '../index/fuzzyNames';
import type { NameStats } from '../index/nameStats';
import type { CorpusProblem, Lang } from '../types';

/**
 * The corpus as the checks read it: documents by citation key and by path, candidate passages for retrieval
 * terms (BM25, best first), term statistics, how the corpus writes each word, its entities. Every read is
 * synchronous and answers from memory: the embedded index ({@link CorpusIndex}) holds it all; a database backend
 * answers from what it fetched for the request (see {@link RemoteReads}), so the same checks run on either.
 */
export interface CorpusReader {
  readonly documentCount: number;
  readonly sentenceTotal: number;
  /** The number of passages of the documents in a language (0 when none). */
  passagesIn(lang: Lang): number;
  /** A number that changes whenever the corpus does (results computed from it are kept while it holds). */
  readonly version: number;
  /** How the corpus writes each word (proper nouns against common words). */
  readonly names: NameStats;
  /** Documents, sorted by path. */
  documents(): CorpusDocument[];
  /** The document with this citation key (case folded); with duplicate keys, the file named after the key, else the first by path. */
  documentById(id: string): CorpusDocument | undefined;
  documentByPath(path: string): CorpusDocument | undefined;
  /** Fuzzy lookup of sources by citation key and title. */
  sources(): FuzzyNames<CorpusDocument>;
  /** The sentences best matching a text, best first. */
  search(text: string, lang: Lang, limit?: number): PassageHit[];
  /** The `limit` passages best matching retrieval terms (BM25+), best first; `weights` boosts some terms. */
  searchTerms(terms: readonly string[], limit?: number, weights?: ReadonlyMap<string, number>): PassageHit[];
  /** Inverse document frequency of a retrieval term over passages (0 for an unknown term). */
  idf(term: string): number;
  /** Problems of the corpus (its files, its listing, duplicate keys). */
  problems(): CorpusProblem[];
  /** The corpus entities. */
  entities(): EntityIndex;
  /**
   * Whether {@link entities} answers at once: false while they are still to be built (the embedded index before its
   * extraction ends), when a read would build the whole corpus's entities. Absent: always ready (a reader that
   * fetches them with the rest).
   */
  readonly hasEntities?: boolean;
}

/**
 * A reader whose data is not all in memory (a database): a read of something not fetched yet answers empty
 * and is noted as missed. {@link answer} runs a computation until it reads nothing missed, fetching what each
 * run missed in between: the last run's result is then exactly the one the whole corpus in memory would give.
 */
export interface RemoteReads {
  /** How many reads have missed so far (a counter that only grows). */
  readonly misses: number;
  /** Fetches what the reads missed since the last fetch; rejects when the backend cannot be reached. */
  fetchMissed(): Promise<void>;
}

/** Whether a reader fetches what it lacks (a database) rather than holding everything (the embedded index). */
export function isRemote(reader: object): reader is RemoteReads {
  return typeof (reader as Partial<RemoteReads>).fetchMissed === 'function';
}

/** How many fetch rounds one computation may take before it is given up (a bug, or a corpus changing under it). */
export const maxFetchRounds = 12;

/**
 * Runs `run` against readers (or the readers a function gives, read again each round) until a run misses nothing (see {@link RemoteReads}), and returns that run's
 * result. Readers held in memory answer on the first run. Rejects when a reader cannot fetch, or after
 * {@link maxFetchRounds} runs that each missed something: a result computed from missing data is never returned.
 */
export async function answer<T>(readers: readonly object[] | (() => readonly object[]), run: () => T | Promise<T>): Promise<T> {
  for (let round = 0; round < maxFetchRounds; round++) {
    // Read again each round: a corpus may have moved to a new version (another reader) in between.
    const remote = (typeof readers === 'function' ? readers() : readers).filter(isRemote);
    const before = remote.map((r) => r.misses);
    const result = await run();
    const missed = remote.filter((r, i) => r.misses !== before[i]);
    if (missed.length === 0) return result;
    await Promise.all(missed.map((r) => r.fetchMissed()));
  }
  throw new Error(`the corpus reads did not settle in ${maxFetchRounds} fetch rounds`);
}
