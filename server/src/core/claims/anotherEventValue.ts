import type { CorpusDocument } from '../corpus/document';
import { sameQuantity, type Quantity } from '../text/quantities';
import type { Lang } from '../types';
import type { ClaimWord } from './analyzeClaim';

/** What the rule reads of a scored passage (checkClaim's Scored). */
export interface RivalPassage {
  evidence: { doc: CorpusDocument };
  conflicts: readonly { claim: Quantity; source: Quantity }[];
  wordsInSentence: ReadonlySet<ClaimWord>;
  view: { quantities: readonly Quantity[] };
}

/** How many of the claim's words besides its counted nouns tie a passage to the claim's story: the predicate and one more. */
const STORY_WORDS = 2;

/**
 * Units of measure, stemmed (as otherThingValue.ts lists them): a length or a weight is a thing's, not an event's
 * count; money and shares are never counted nouns either (their kinds are not 'number').
 */
const UNIT_OF_MEASURE = /^(?:m|metr|meter|km|kilometr|kilometer|cm|centimetr|mm|millimetr|mile|feet|foot|ft|yard|inch|ton|tonn|t|kg|kilo|kilogramm|kilogram|g|gram|gramm|litr|liter|l|hectar|ha|acr|degr|degre|mph|decennie|an|ans|annee|year|mois|month|jour|day|semain|week|heur|hour|minut|minute)$/;

/** Whether two values count the same thing: the same kind and the same counted noun or unit, written (« 60 pompiers », « 160 pompiers »). */
function sameMeasureNoun(a: Quantity, b: Quantity): boolean {
  return a.kind === 'number' && b.kind === 'number' && a.unit !== undefined && a.unit === b.unit && !UNIT_OF_MEASURE.test(a.unit);
}

/**
 * Whether a passage's other value of a claim's measure may be another event's: the passage is not tied to the
 * claim's story (the claim does not cite its article, no other value of the claim ties it to the fact: `tied`), the
 * claim names nothing (no holder, no place), the passage is in the claim's language and states no more than the
 * claim's predicate beside the counted noun, while a passage of another article gives the same claim value a third value
 * (« Plus d'une centaine de pompiers a été mobilisée » in an article on a fire, « environ 60 pompiers au total » in
 * the article on a search, for « Environ 160 pompiers ont été mobilisés »): both count the claim's noun. Two articles then count the measure for
 * two events, and nothing in the claim tells whose it is: neither contradicts it (unsupported, precision first).
 * The passage of the claim's own story wins where the claim ties itself to it (its names, its other values, its citation).
 */
export function valueOfAnotherEvent(passage: RivalPassage, scored: readonly RivalPassage[], claimWords: readonly ClaimWord[], claimValues: readonly Quantity[], tied: (s: RivalPassage) => boolean, claimLang: Lang): boolean {
  if (passage.evidence.doc.lang !== claimLang) return false;
  if (tied(passage)) return false;
  // A claim that names its holder or place is tied to its story by those names (the names' own rules decide).
  if (claimWords.some((w) => w.isName)) return false;
  // Other words of the claim's story the passage states (« … pour éteindre le feu de l'entrepôt »): beside its counted
  // noun, more than the predicate alone (« mobilisés »), which any event's count shares.
  // (Not the words of a value: « plus de », "about".)
  const inValue = (w: ClaimWord) => claimValues.some((q) => w.start >= (q.approxStart ?? q.start) && w.end <= q.end);
  if (claimWords.filter((w) => !w.isUnit && !inValue(w) && passage.wordsInSentence.has(w)).length >= STORY_WORDS) return false;
  const differs = (a: Quantity, b: Quantity) => !sameQuantity(a, b) && !sameQuantity(b, a);
  return passage.conflicts.some((own) =>
    sameMeasureNoun(own.claim, own.source) &&
    scored.some((other) => other.evidence.doc !== passage.evidence.doc && other.view.quantities.some((v) => sameMeasureNoun(own.claim, v) && differs(v, own.source) && differs(v, own.claim))),
  );
}
