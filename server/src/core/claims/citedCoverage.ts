import type { Quantity } from '../text/quantities';
import type { ClaimWord } from './analyzeClaim';

/** What {@link citedCoversAsWell} reads of one sentence of the cited document. */
export interface CitedSentence {
  /** Whether the sentence writes a claim word (its terms, or all its parts for a hyphenated word). */
  writes: (word: ClaimWord) => boolean;
  quantities: readonly Quantity[];
  /** Whether the sentence negates its statement: such a sentence is left out (it may say the claim the other way). */
  negated: boolean;
}

/**
 * Whether a cited document covers a claim as well as the passage of another document that supports it: the document,
 * across its sentences, writes every claim word that passage writes (`proposedWords`) and every name of the claim,
 * and one of its sentences writes each of the claim's checkable values (`sameValue`). Words other than names, and
 * values, are read in sentences that do not negate; names anywhere (« has refused to retract » names its holder all
 * the same). An article often tells a claim's facts paragraphs apart (« had accused an Evening Standard journalist
 * of being like a "concentration camp guard" », then « reporter Oliver Finegold … a concentration camp guard »): the
 * writer who cites it cites rightly, and a swap of the citation to the other document would tell them otherwise.
 * False when the cited document misses any of them: the swap then stands (the other document states the claim, the
 * cited one does not write all it says).
 */
export function citedCoversAsWell(words: readonly ClaimWord[], proposedWords: ReadonlySet<ClaimWord>, values: readonly Quantity[], sentences: readonly CitedSentence[], sameValue: (claim: Quantity, source: Quantity) => boolean): boolean {
  const read = sentences.filter((s) => !s.negated);
  const needed = words.filter((w) => w.isName || proposedWords.has(w));
  if (needed.length === 0) return false;
  // Names tell whom the article is about wherever it writes them; the claim's other words, only where it does not say "not".
  if (!needed.every((w) => (w.isName ? sentences : read).some((s) => s.writes(w)))) return false;
  return values.every((v) => read.some((s) => s.quantities.some((q) => sameValue(v, q))));
}
