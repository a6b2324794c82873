import type { Quantity } from '../text/quantities';
import type { ClaimFrame, ValueContext } from './alignment';
import { frenchAntonymsOf } from './lexicon';
import type { ClaimWord } from './analyzeClaim';

/**
 * Share of the claim's words that are no names (weighted by rarity, as coverage weighs them) that the passage
 * sentence must write itself for its one value of the claim value's measure to be read as the value of the claim's
 * fact, whatever the words right around the two values. Set on the quick eval of all dev sets (1,966 claims): at
 * 0.75 no supported or unsupported claim changed verdict and no fix was wrong.
 */
export const sentenceAlignedShare = 0.75;

/** What {@link alignedBySentence} reads of a claim value and one source value of the same measure. */
export interface SentenceAlignment {
  /** Weighted share (0–1) of the claim's words that the passage sentence writes (not its neighbours or title). */
  sentenceShare: number;
  /**
   * Whether every name of the claim is written by the passage sentence itself: the holder of the value is the
   * claim's there, not only around it (a sale of a stake "to Mediobanca for 775m euros" a sentence away from the
   * valuation of "Ferrari" is another fact).
   */
  namesInSentence: boolean;
  /** The source values of the claim value's measure that no other claim value states (the source value among them). */
  rivals: readonly Quantity[];
  /** The claim's other values of the same measure that the passage does not state. */
  claimRivals: readonly Quantity[];
  /** The claim value's frame (its governor, measure noun and nearby words). */
  frame: ClaimFrame;
  /** The terms of the source value's clause around it (alignment.ts's sourceWindow). */
  window: ReadonlySet<string>;
  /** Whether the passage is in the claim's language. */
  sameLanguage: boolean;
  /** The two values: an age is compared only with an age. */
  claimValue: Quantity;
  sourceValue: Quantity;
  /** The two values' contexts (alignment.ts's valueContext). */
  claimContext: ValueContext;
  sourceContext: ValueContext;
}

/**
 * Whether a source value is the value of the claim value's fact because the whole passage sentence restates the
 * claim, though the few words around the two values differ ("will also be sold for $599" for "would sell for
 * $699", « ont été interpellées mardi 11 décembre » for « ont été interpellées … le 11 novembre 2018 »): the
 * sentence writes at least {@link sentenceAlignedShare} of the claim's words and all of its names itself, and gives the claim value's measure one value only once the values the claim states too are set aside,
 * while the claim gives that measure no other value the passage leaves unstated, in the claim's language; the claim
 * value has words of its own fact around it, and an age is compared only with an age. The two values must still
 * qualify their fact the same way (the same unit of rate, both increments or neither, the same relation to a
 * time, the same rank and range bound: {@link ValueContext}), and no word of the claim's frame may be opposed
 * near the source value (« perdu » for « gagné »). This aligns the claim and the passage as wholes where
 * {@link align} reads a window of words: every other rule on the pair (holders, tolls, bounds, polarity, times)
 * still applies.
 */
export function alignedBySentence(a: SentenceAlignment): boolean {
  if (!a.sameLanguage || a.sentenceShare < sentenceAlignedShare || !a.namesInSentence || a.rivals.length !== 1 || a.claimRivals.length > 0) return false;
  if (Boolean(a.claimValue.age) !== Boolean(a.sourceValue.age)) return false;
  // A value with no word of its own fact around it in the claim ("has about 2,000 members") is placed by nothing the sentence could restate.
  if (a.frame.words.length === 0) return false;
  const c = a.claimContext;
  const s = a.sourceContext;
  if (c.per !== s.per || c.extra !== s.extra || c.relation !== s.relation || (c.range !== s.range && !(c.range === undefined && s.range === 'to'))) return false;
  if (c.rank !== undefined && s.rank !== undefined && c.rank !== s.rank) return false;
  return !opposedNear(a.frame.words, a.window);
}

/** Whether a frame word the window does not write has its opposite in the window (as {@link align} reads it). */
function opposedNear(words: readonly ClaimWord[], window: ReadonlySet<string>): boolean {
  return words.some((w) => !w.terms.some((t) => window.has(t)) && w.terms.some((t) => frenchAntonymsOf(t).some((o) => window.has(o))));
}
