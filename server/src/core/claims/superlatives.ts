import { foldKeepLength } from '../text/normalize';
import type { Quantity } from '../text/quantities';

/**
 * A superlative, folded: « le plus lourd », « la plus touchée », « les moins chers », "the most", "the largest",
 * "the heaviest". English forms in -est need the article, so "latest" alone or "interest" are none.
 */
const SUPERLATIVE = /(?:^|[^\p{L}])((?:le|la|les)\s+(?:plus|moins)\s+\p{L}+|the\s+(?:most|least|biggest|largest|heaviest|highest|lowest|greatest|worst|best|smallest|fewest)(?:\s+\p{L}+)?)/gu;

/** The superlatives of a text, folded, with their end offsets in the text. */
function superlatives(text: string): { phrase: string; end: number }[] {
  const folded = foldKeepLength(text);
  return [...folded.matchAll(SUPERLATIVE)].map((m) => ({ phrase: m[1], end: m.index + m[0].length }));
}

/**
 * The value a source sentence gives the holder of a superlative the claim writes too: the first value after the
 * superlative (« l'Inde paie le tribut le plus lourd avec huit citoyens tués, suivie de la Grande-Bretagne avec six
 * morts »: eight, India's). `undefined` when the claim has no superlative the sentence writes, or no value follows it.
 */
export function superlativeHolderValue(claimText: string, sourceText: string, sourceQuantities: readonly Quantity[]): Quantity | undefined {
  const claimed = new Set(superlatives(claimText).map((s) => s.phrase));
  if (claimed.size === 0) return undefined;
  const shared = superlatives(sourceText).find((s) => claimed.has(s.phrase));
  if (!shared) return undefined;
  return sourceQuantities.find((q) => q.start >= shared.end && q.kind !== 'date' && q.kind !== 'year');
}

/**
 * Whether a source value may be the value of a claim value `claim` of a superlative: when the claim and the source write the same
 * superlative (« le tribut le plus lourd »), only the value of the source's holder is. The other values of the
 * sentence are the values of the ones that follow it (« suivie de la Grande-Bretagne avec six morts »): written in
 * the claim's place, they would make the claim wrong in another way. A claim whose holder is another one than the
 * source's is then no value conflict (its holder is what differs).
 */
export function holdsTheSuperlative(claimText: string, claim: Quantity, sourceText: string, source: Quantity, sourceQuantities: readonly Quantity[]): boolean {
  // Only values of the holder's kind (a count, a share, an amount): a year or a date of the sentence is no holder's.
  if (claim.kind !== source.kind || claim.kind === 'date' || claim.kind === 'year') return true;
  const holder = superlativeHolderValue(claimText, sourceText, sourceQuantities);
  return holder === undefined || holder.kind !== source.kind || holder === source;
}
