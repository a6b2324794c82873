import { sentenceLayout, type CorpusDocument } from '../corpus/document';
import { canonicalNumber } from '../text/numbers';
import { isStopWord, stem } from '../text/stem';
import type { Lang } from '../types';
import { tokenize } from '../text/tokenize';
import { NameStats, packNameCounts } from './nameStats';
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
 * Per vocabulary and language, the term id of each lower-case word met (-1 for a stop word): a word is stemmed
 * and numbered once, then found by one lookup (stemming and numbering each occurrence were two lookups in
 * large maps, and the stem cache, capped at 200,000 words, was emptied again and again by the 272,000 distinct
 * words of 35,987 real articles).
 */
const wordTermIds = new WeakMap<Vocabulary, Record<Lang, Map<string, number>>>();

/**
 * Tokenises each sentence of a document once, for its retrieval terms and its name counts. The terms are those
 * of termsOfTokens (a number's canonical form, a word's stem unless it is a stop word), numbered in `vocabulary`.
 */
export function recordOf(doc: CorpusDocument, vocabulary: Vocabulary): DocRecord {
  const terms: number[] = [];
  const starts = new Int32Array(doc.sentences.length + 1);
  const names = new NameStats();
  let byLang = wordTermIds.get(vocabulary);
  if (!byLang) wordTermIds.set(vocabulary, (byLang = { fr: new Map(), en: new Map() }));
  const lang = doc.lang;
  const termIds = byLang[lang];
  doc.sentences.forEach((sentence, i) => {
    starts[i] = terms.length;
    const tokens = tokenize(sentence.text);
    for (const token of tokens) {
      if (token.kind === 'number') {
        terms.push(vocabulary.id(canonicalNumber(token.text, lang) ?? token.norm));
      } else if (token.kind === 'word') {
        // A word's fold (so whether it is a stop word) and its stem both follow from its lower case.
        let id = termIds.get(token.lower);
        if (id === undefined) termIds.set(token.lower, (id = isStopWord(token.norm, lang) ? -1 : vocabulary.id(stem(token.lower, lang))));
        if (id >= 0) terms.push(id);
      }
    }
    names.count(tokens);
  });
  starts[doc.sentences.length] = terms.length;
  const nameCounts = packNameCounts(names.entries().map(([norm, ...counts]) => [vocabulary.id(norm), ...counts] as const));
  return { terms: Int32Array.from(terms), starts, names: nameCounts, layout: sentenceLayout(doc) };
}

/** The number of sentences a record holds. */
export function recordSentences(record: DocRecord): number {
  return record.starts.length - 1;
}
