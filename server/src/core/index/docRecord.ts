import { sentenceLayout, type CorpusDocument } from '../corpus/document';
import { termsOfTokens } from '../text/stem';
import { tokenize } from '../text/tokenize';
import { NameStats } from './nameStats';
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
  /** The document's name counts: [word id, capitalized, lower, standalone, alone], word after word. */
  names: Int32Array;
  /** Where each sentence lies (see sentenceLayout): to read the document again without splitting it again. */
  layout: Int32Array;
}

/** Tokenises each sentence of a document once, for its retrieval terms and its name counts. */
export function recordOf(doc: CorpusDocument, vocabulary: Vocabulary): DocRecord {
  const terms: number[] = [];
  const starts = new Int32Array(doc.sentences.length + 1);
  const names = new NameStats();
  doc.sentences.forEach((sentence, i) => {
    starts[i] = terms.length;
    const tokens = tokenize(sentence.text);
    for (const term of termsOfTokens(tokens, doc.lang)) terms.push(vocabulary.id(term));
    names.count(tokens);
  });
  starts[doc.sentences.length] = terms.length;
  const entries = names.entries();
  const nameCounts = new Int32Array(entries.length * 5);
  entries.forEach(([norm, ...counts], i) => nameCounts.set([vocabulary.id(norm), ...counts], i * 5));
  return { terms: Int32Array.from(terms), starts, names: nameCounts, layout: sentenceLayout(doc) };
}

/** The number of sentences a record holds. */
export function recordSentences(record: DocRecord): number {
  return record.starts.length - 1;
}
