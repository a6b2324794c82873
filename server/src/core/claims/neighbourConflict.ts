import type { Sentence } from '../corpus/document';
import type { Verdict } from './checkClaim';

/**
 * The contradiction a passage joined from two neighbouring sentences (neighbourPassages.ts) may give a claim: its
 * verdict when it is a figure's or a year's conflict (kind `quantity` or `year`) read from a joined passage, the
 * source value lying wholly in one of its two sentences; `undefined` otherwise.
 *
 * News tells a fact over two sentences: the holder in one (« Malek Chekatt … a été condamné »), the figure in the
 * next under a pronoun or a role noun (« L'homme de 38 ans … »), or the subject in one and the figure of its
 * predicate in the next (« Relayer des images … est réprimé depuis 2016. La diffusion … est passible de … 60.000
 * euros d'amende »). A single sentence then misses the claim's names or its words and leaves the claim unsupported.
 * The joined passage is judged by every rule a sentence is (the same fact, subject and time of the two values; a
 * value of the claim stated by another passage), together with the single passages, so that a value another
 * passage states still wins (see the caller). Names (attributions) and negations are not taken across two
 * sentences: the next sentence's name or negation is most often another fact's (the object of its verb, a name in
 * a new clause), measured on the dev sets (three wrong fixes and one false contradiction of 9 such verdicts).
 * `partsOf` gives the two sentences of a joined passage (see neighbourPassages.ts sentencesJoined).
 */
export function valueConflictAcrossPair(verdict: Verdict, partsOf: (sentence: Sentence) => readonly [Sentence, Sentence] | undefined): Verdict | undefined {
  if (verdict.label !== 'contradicted' || !verdict.conflict) return undefined;
  const { kind, sourceQuantity } = verdict.conflict;
  if ((kind !== 'quantity' && kind !== 'year') || !sourceQuantity) return undefined;
  const evidence = verdict.evidence[0];
  const pair = evidence && partsOf(evidence.sentence);
  if (!pair) return undefined;
  // The joined text is the first sentence, a space, then the second (neighbourPassages.ts joinSentences).
  const boundary = pair[0].text.length;
  if (sourceQuantity.start < boundary && sourceQuantity.end > boundary) return undefined;
  return verdict;
}
