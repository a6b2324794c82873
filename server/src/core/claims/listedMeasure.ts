import type { Quantity } from '../text/quantities';
import type { Lang } from '../types';
import type { ClaimWord } from './analyzeClaim';
import { sameFact, valueContext, type ValueContext } from './alignment';
import { measureListOf } from './measureLists';

/**
 * Whether a source value equal to the claim's is the value of another item of a list of measures, the list giving
 * the claim's measure noun a value of its own: « Après 12 jours de grève et 3 jours de négociations » states no
 * « 3 jours de grève » (3 is the talks' value; the strike's is 12), "12 days of strike and 3 days of talks" no "3
 * days of strike". Such a value neither states the claim nor is compared with it: the item whose measure noun is the
 * claim's is (see measureLists.ts).
 */
export function valueOfAnotherListedMeasure(claim: ValueContext, claimWords: readonly ClaimWord[], sourceText: string, source: Quantity, sourceQuantities: readonly Quantity[], lang: Lang): boolean {
  const items = measureListOf(sourceText, source, sourceQuantities);
  if (items.length < 2 || !claim.measure) return false;
  const of = (q: Quantity) => sameFact(claim, claimWords, valueContext(sourceText, q, sourceQuantities, lang));
  return !of(source) && items.some((q) => q !== source && of(q));
}
