import type { PolarPart } from './predicateClause';

/**
 * Where a passage says the claim's predicate when the clause that names the claim's subject states less of it: «
 * "Je ne suis pas en mesure d'accéder à votre demande" : dans une lettre, le maire Paul Kerbrat a répondu à Jean
 * Morel » names the mayor and his correspondent in its last clause and says what he did, negated, in the quotation
 * before it. Counting names with the predicate (predicateClause.ts) reads the names' clause as stating the claim;
 * the claim's predicate is its words besides the names, and the passage says it where those words are.
 */

/** The least number of the claim's predicate words (words besides names) a part must state. */
const minPredicateWords = 2;

/**
 * The passage part that states the most of the claim's predicate words, when it is negated, states at least
 * {@link minPredicateWords} of them and half of them, and more of them than the stating part (`stating`: not negated).
 * Undefined otherwise. The caller compares it with the claim's own clause of those words, as for
 * negatedPredicateElsewhere.
 *
 * @param parts the parts of every clause of the passage's sentence.
 * @param stating the part read as stating the claim (its subject's, or the one sharing most terms).
 * @param predicateWords the terms of each of the claim's words besides names.
 */
export function negatedPredicateOnly(parts: readonly PolarPart[], stating: PolarPart | undefined, predicateWords: readonly (readonly string[])[]): PolarPart | undefined {
  if (!stating || stating.negated || predicateWords.length === 0) return undefined;
  const stated = (part: PolarPart) => predicateWords.filter((terms) => terms.some((t) => part.terms.has(t))).length;
  const own = stated(stating);
  let best: PolarPart | undefined;
  let bestCount = 0;
  for (const part of parts) {
    const count = stated(part);
    if (count > bestCount) {
      best = part;
      bestCount = count;
    }
  }
  return best !== undefined && best.negated && bestCount > own && bestCount >= minPredicateWords && 2 * bestCount >= predicateWords.length ? best : undefined;
}
