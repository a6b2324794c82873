import { sentenceLayout, type CorpusDocument } from '../corpus/document';
import { canonicalNumber } from '../text/numbers';
import { isStopWord, stem } from '../text/stem';
import type { Lang } from '../types';
import { tokenize, type Token } from '../text/tokenize';
import { forEachNameUse, packNameCounts, type NameStats } from './nameStats';
import type { Vocabulary } from './vocabulary';

/**
 * What the index keeps of one document once its text is read: each sentence's retrieval terms and the
 * document's share of the name statistics, as integers of a {@link Vocabulary}. Enough to search the corpus,
 * to take the document back out, and to cache the index, without holding the document's text.
 */
export interface DocRecord {
  /** Vocabulary ids of the retrieval terms of each sentence, one sentence after the other (repeats kept). */
  terms: Int32Array;
  /** Where each sentence's terms start in `terms`: one entry per sentence, and the end. */
  starts: Int32Array;
  /** The document's name counts, packed (see packNameCounts): [word id, capitalized, lower, standalone, alone] per word. */
  names: Int32Array;
  /** Where each sentence lies (see sentenceLayout): to read the document again without splitting it again. */
  layout: Int32Array;
}

/**
 * Per vocabulary and language, what each lower-case word met stands for, found by one lookup: its term id (-1 for
 * a stop word) and the id of its fold (the word its name counts go to), packed in one number as
 * `foldId * termIdRange + termId + 1`. A word is stemmed, folded and numbered once (stemming and numbering each
 * occurrence were two lookups in large maps, and the stem cache, capped at 200,000 words, was emptied again and
 * again by the 272,000 distinct words of 35,987 real articles; numbering each document's folds was another lookup
 * per word and document).
 */
const wordIds = new WeakMap<Vocabulary, Record<Lang, WordTable>>();

/** Term ids are below this (2^26 words); fold ids times it stay exact integers in a double. */
const termIdRange = 2 ** 26;

/** Per vocabulary and language, the term id of each number as written. */
const numberIds = new WeakMap<Vocabulary, Record<Lang, Map<string, number>>>();

/**
 * Tokenises each sentence of a document once, for its retrieval terms and its name counts. The terms are those
 * of termsOfTokens (a number's canonical form, a word's stem unless it is a stop word), numbered in `vocabulary`;
 * the name counts are those of {@link NameStats.count} over the same tokens, kept by vocabulary id (see
 * {@link NameCounter}).
 */
export function recordOf(doc: CorpusDocument, vocabulary: Vocabulary): DocRecord {
  const terms: number[] = [];
  const starts = new Int32Array(doc.sentences.length + 1);
  const lang = doc.lang;
  const words = wordTables(vocabulary)[lang];
  const numbers = perLang(numberIds, vocabulary)[lang];
  const names = nameCounter(vocabulary);
  const folds: number[] = [];
  doc.sentences.forEach((sentence, i) => {
    starts[i] = terms.length;
    const text = sentence.text;
    const tokens = tokenize(text);
    folds.length = tokens.length;
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t];
      if (token.kind === 'number') {
        let id = numbers.get(token.text);
        if (id === undefined) numbers.set(token.text, (id = vocabulary.id(canonicalNumber(token.text, lang) ?? token.norm)));
        terms.push(id);
        folds[t] = -1;
      } else if (token.kind === 'word') {
        // A word's fold (so whether it is a stop word) and its stem both follow from its lower case, so from the
        // word as written, found where the sentence writes it (token.text is text[start, end)).
        let ids = words.get(text, token.start, token.end);
        if (ids < 0) {
          const term = isStopWord(token.norm, lang) ? -1 : vocabulary.id(stem(token.lower, lang));
          words.set(token.text, (ids = vocabulary.id(token.norm) * termIdRange + term + 1));
        }
        const term = (ids % termIdRange) - 1;
        if (term >= 0) terms.push(term);
        folds[t] = Math.floor(ids / termIdRange);
      } else {
        folds[t] = -1;
      }
    }
    names.count(tokens, folds);
  });
  starts[doc.sentences.length] = terms.length;
  return { terms: Int32Array.from(terms), starts, names: names.take(), layout: sentenceLayout(doc) };
}

function perLang(maps: WeakMap<Vocabulary, Record<Lang, Map<string, number>>>, vocabulary: Vocabulary): Record<Lang, Map<string, number>> {
  let byLang = maps.get(vocabulary);
  if (!byLang) maps.set(vocabulary, (byLang = { fr: new Map(), en: new Map() }));
  return byLang;
}

function wordTables(vocabulary: Vocabulary): Record<Lang, WordTable> {
  let byLang = wordIds.get(vocabulary);
  if (!byLang) wordIds.set(vocabulary, (byLang = { fr: new WordTable(), en: new WordTable() }));
  return byLang;
}

/**
 * A hash table from words as written to non-negative numbers, looked up by a range of a text: the word's characters
 * are hashed and compared where the text has them, so a lookup makes no string and hashes none (a Map looked up with
 * each token's lower case, a new string to hash, was a fifth of an indexing thread's CPU profile on 10,000 real
 * articles). Open addressing with linear probing; FNV-1a over UTF-16 code units (Fowler, Noll, Vo).
 */
export class WordTable {
  /** Per slot: the entry's index + 1, 0 when empty. */
  private slots = new Int32Array(1 << 12);
  private keys: string[] = [];
  private hashes: number[] = [];
  private values = new Float64Array(1 << 11);

  /** The number of `text[start, end)`; -1 when it has none. */
  get(text: string, start: number, end: number): number {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] - 1;
      if (entry < 0) return -1;
      if (this.hashes[entry] !== hash) continue;
      const key = this.keys[entry];
      if (key.length !== length) continue;
      let same = true;
      for (let k = 0; k < length && same; k++) same = key.charCodeAt(k) === text.charCodeAt(start + k);
      if (same) return this.values[entry];
    }
  }

  /** Gives `word` (not in the table) the number `value` (a non-negative integer, exact in a double). */
  set(word: string, value: number): void {
    let hash = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
    const entry = this.keys.length;
    if (entry === this.values.length) {
      const values = new Float64Array(entry * 2);
      values.set(this.values);
      this.values = values;
    }
    // A copy of its own: a word cut from a sentence may view the sentence's whole paragraph, which the table would keep.
    this.keys.push(JSON.parse(JSON.stringify(word)) as string);
    this.hashes.push(hash);
    this.values[entry] = value;
    if (2 * (entry + 1) > this.slots.length) this.slots = new Int32Array(this.slots.length * 2);
    else return this.place(entry);
    for (let e = 0; e <= entry; e++) this.place(e);
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[entry] & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }
}

const counters = new WeakMap<Vocabulary, NameCounter>();

function nameCounter(vocabulary: Vocabulary): NameCounter {
  let counter = counters.get(vocabulary);
  if (!counter) counters.set(vocabulary, (counter = new NameCounter()));
  return counter;
}

/**
 * One document's name counts as {@link NameStats.count} makes them (the same rules, {@link forEachNameUse}: the
 * same words in the same order of first count), kept by the vocabulary id of each word's fold in arrays reused from one document to the
 * next, instead of a map of the document's folded words whose entries are numbered afterwards.
 */
class NameCounter {
  /** Per vocabulary id: its place in this document's lists, valid while `seenIn` holds this document's stamp. */
  private placeOf = new Int32Array(1024);
  private seenIn = new Int32Array(1024);
  private stamp = 1;
  private ids: number[] = [];
  /** Per place: capitalized, lower, standalone, alone. */
  private counts: number[] = [];

  /** Counts a sentence's tokens; `folds[i]` is the vocabulary id of token i's fold (words; -1 for the others). */
  count(tokens: readonly Token[], folds: readonly number[]): void {
    forEachNameUse(tokens, (i, field) => {
      const at = this.place(folds[i]);
      if (field >= 0) this.counts[at + field]++;
    });
  }

  /** The document's counts packed (see packNameCounts); the counter starts again for the next document. */
  take(): Int32Array {
    const entries = this.ids.map((id, k) => [id, this.counts[4 * k], this.counts[4 * k + 1], this.counts[4 * k + 2], this.counts[4 * k + 3]] as const);
    this.ids = [];
    this.counts = [];
    this.stamp++;
    return packNameCounts(entries);
  }

  private place(id: number): number {
    if (id >= this.placeOf.length) {
      const size = Math.max(id + 1, this.placeOf.length * 2);
      const placeOf = new Int32Array(size);
      placeOf.set(this.placeOf);
      this.placeOf = placeOf;
      const seenIn = new Int32Array(size);
      seenIn.set(this.seenIn);
      this.seenIn = seenIn;
    }
    if (this.seenIn[id] === this.stamp) return this.placeOf[id];
    const at = this.counts.length;
    this.seenIn[id] = this.stamp;
    this.placeOf[id] = at;
    this.ids.push(id);
    this.counts.push(0, 0, 0, 0);
    return at;
  }
}

/** The number of sentences a record holds. */
export function recordSentences(record: DocRecord): number {
  return record.starts.length - 1;
}
