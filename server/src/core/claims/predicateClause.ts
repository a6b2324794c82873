/**
 * Where a passage states the claim's predicate when the clause read as stating it holds little more than the
 * claim's subject: « Interrogé sur les déclarations de la ministre de la Santé, qui avait assuré que la France
 * n'était pas tenue de donner suite à cette demande, l'avocat tranche » names the minister in its first clause and
 * says what she said, negated, in the relative clause after it.
 */

/** A clause or a clause's part of a passage: its terms and whether it is negated (see checkClaim.ts's clausesOf). */
export interface PolarPart {
  terms: ReadonlySet<string>;
  negated: boolean;
}

/** The least number of the claim's words a part must state to be read as stating the claim's predicate. */
const minWordsStated = 3;

/**
 * The passage part other than the stating one (`stating`: not negated) that states clearly more of the claim's
 * words — at least {@link minWordsStated}, and more than the stating part — when it is negated: the passage says the
 * claim's predicate the other way there. Undefined when there is none. The caller compares it with the claim's own
 * clause of those words (a claim that says the same no is not denied by it).
 *
 * @param parts the parts of every clause of the passage's sentence.
 * @param stating the part read as stating the claim (its subject's, or the one sharing most terms).
 * @param claimWords the terms of each of the claim's words (a word counts once, whichever of its terms is found).
 */
export function negatedPredicateElsewhere(parts: readonly PolarPart[], stating: PolarPart | undefined, claimWords: readonly (readonly string[])[]): PolarPart | undefined {
  if (!stating || stating.negated) return undefined;
  const stated = (part: PolarPart) => claimWords.filter((terms) => terms.some((t) => part.terms.has(t))).length;
  const own = stated(stating);
  let best: PolarPart | undefined;
  let bestCount = -1;
  for (const part of parts) {
    const count = stated(part);
    if (count > bestCount) {
      best = part;
      bestCount = count;
    }
  }
  return best !== undefined && best.negated && bestCount >= minWordsStated && bestCount > own ? best : undefined;
}
