import type { CorpusDocument, Sentence } from '../corpus/document';

/**
 * Passages of two neighbouring sentences of one article, for a claim that joins what the article tells in two
 * sentences running on from each other (« En 2017, le budget était de 700 millions d'euros. En un an, il a augmenté
 * de 100 millions pour atteindre 800 millions en 2018. » for « Le budget est passé de 700 millions en 2017 à 800
 * millions en 2018 »): each of the `closest` passages (at most `limit`, best first) joined with the sentence before
 * it and with the one after it in the same prose block, headings left out. The joined passage is a sentence of its
 * own: text joined by a space, the span and range of both, and each character's source offset (the space maps to
 * the first sentence's end), so that evidence still lands on the article's words.
 * Joined passages are built once per pair and kept, so that the checker's per-passage views are reused.
 */
export function joinedWithNeighbours(closest: readonly { doc: CorpusDocument; sentence: Sentence }[], limit: number): { doc: CorpusDocument; sentence: Sentence }[] {
  const result: { doc: CorpusDocument; sentence: Sentence }[] = [];
  const seen = new Set<Sentence>();
  for (const { doc, sentence } of closest.slice(0, limit)) {
    // A passage that is already joined (a sentence the document does not hold at its index) is not joined again.
    if (doc.sentences[sentence.index] !== sentence) continue;
    for (const [first, second] of [
      [doc.sentences[sentence.index - 1], sentence],
      [sentence, doc.sentences[sentence.index + 1]],
    ] as const) {
      if (!first || !second || first.heading || second.heading || first.block !== second.block) continue;
      const joined = joinedSentence(first, second);
      if (seen.has(joined)) continue;
      seen.add(joined);
      result.push({ doc, sentence: joined });
    }
  }
  return result;
}

const joinedCache = new WeakMap<Sentence, Sentence>();
const joinedParts = new WeakMap<Sentence, readonly [Sentence, Sentence]>();

/** The two sentences a joined passage (see {@link joinedWithNeighbours}) was made of; `undefined` for a sentence of the corpus. */
export function sentencesJoined(sentence: Sentence): readonly [Sentence, Sentence] | undefined {
  return joinedParts.get(sentence);
}

function joinedSentence(first: Sentence, second: Sentence): Sentence {
  const kept = joinedCache.get(first);
  if (kept) return kept;
  const joined = joinSentences(first, second);
  joinedCache.set(first, joined);
  joinedParts.set(joined, [first, second]);
  return joined;
}

/**
 * Two sentences of one document read as one passage: the texts joined by a space, the first's index and block,
 * span and range from the first's start to the second's end, and each character's source offset (the joining
 * space maps to the first sentence's end), so that evidence found in it lands on the article's words. Not kept.
 */
export function joinSentences(first: Sentence, second: Sentence): Sentence {
  const offsets = new Int32Array(first.text.length + 1 + second.offsets.length);
  offsets.set(first.offsets.subarray(0, first.text.length));
  offsets[first.text.length] = first.span.end;
  offsets.set(second.offsets, first.text.length + 1);
  return {
    index: first.index,
    text: `${first.text} ${second.text}`,
    span: { start: first.span.start, end: second.span.end },
    range: { start: first.range.start, end: second.range.end },
    block: first.block,
    heading: false,
    offsets,
  };
}
