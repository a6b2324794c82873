import type { CorpusDocument, Sentence } from '../corpus/document';
import { joinSentences } from './neighbourPassages';

/**
 * Two adjacent sentences of a cited document read as one passage: an article often gives a claim's two facts one
 * sentence apart (« … lors de sa garde à vue en novembre 1984. Devant les gendarmes, la jeune fille, à l'époque
 * âgée de 15 ans, … »). Read together they may state a claim that neither states alone; a claim that cites the
 * article is then cited rightly, whichever other article states it in one sentence.
 */

/** Two adjacent sentences of one prose block, and the passage they make read as one. */
export interface AdjacentPair {
  first: Sentence;
  second: Sentence;
  /** The two texts joined by a space; span and range from the first's start to the second's end. */
  joined: Sentence;
}

/**
 * The pairs of adjacent sentences of `doc` within one prose block (headings left out), each with its joined
 * passage ({@link joinSentences}: the first sentence's index, its context being the first's, and offsets that map
 * each character back to the source).
 */
export function adjacentPairs(doc: CorpusDocument): AdjacentPair[] {
  const pairs: AdjacentPair[] = [];
  for (let i = 0; i + 1 < doc.sentences.length; i++) {
    const first = doc.sentences[i];
    const second = doc.sentences[i + 1];
    if (first.block !== second.block || first.heading || second.heading) continue;
    pairs.push({ first, second, joined: joinSentences(first, second) });
  }
  return pairs;
}
