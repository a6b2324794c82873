import type { CorpusDocument, Sentence } from '../corpus/document';

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
 * passage. The joined passage carries the first sentence's index (its context is the first's) and offsets that map
 * each character back to the source, the joining space to the first sentence's end.
 */
export function adjacentPairs(doc: CorpusDocument): AdjacentPair[] {
  const pairs: AdjacentPair[] = [];
  for (let i = 0; i + 1 < doc.sentences.length; i++) {
    const first = doc.sentences[i];
    const second = doc.sentences[i + 1];
    if (first.block !== second.block || first.heading || second.heading) continue;
    const offsets = new Int32Array(first.text.length + 1 + second.offsets.length);
    offsets.set(first.offsets.subarray(0, first.text.length), 0);
    offsets[first.text.length] = first.offsets[first.text.length];
    offsets.set(second.offsets, first.text.length + 1);
    const joined: Sentence = {
      index: first.index,
      text: `${first.text} ${second.text}`,
      span: { start: first.span.start, end: second.span.end },
      range: { start: first.range.start, end: second.range.end },
      block: first.block,
      heading: false,
      offsets,
    };
    pairs.push({ first, second, joined });
  }
  return pairs;
}
