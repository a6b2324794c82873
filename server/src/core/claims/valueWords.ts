import type { Quantity } from '../text/quantities';
import type { ClaimWord } from './analyzeClaim';
import { countsHours } from './hours';

/**
 * The words of a claim's figure that a passage stating the figure states with it, whether or not it writes them:
 * the qualifier of an approximate figure (« environ 200 », « près de 300 », "roughly 35%", "nearly four years"),
 * since the figure's comparison already reads it (`sameQuantity` in text/quantities.ts accepts a value within 10 % of
 * an approximate one: « près de 200 », « 290 »); and the hour of a time or a duration in hours (« 19 heures »,
 * « 8 h 38 ») that the passage counts in hours written another way (« 19h », « 8h38 », one token), and a currency
 * or a share in words that the passage writes with its sign (« four billion pounds », "£4bn"). Counted as
 * content the passage lacks, they kept passages that state the claim's figure below the support threshold.
 * `equal`: the passage's values that state `claim`'s value. Bounds ("more than", « moins de ») are not given: an
 * exact figure at the bound ("120") meets them in that comparison without stating them. Only words of `claim`'s own
 * span: a passage that conflicts with the claim's figure, or does not write it, gets none.
 */
export function wordsStatedWithValue(claim: Quantity, equal: readonly Quantity[], words: readonly ClaimWord[]): ClaimWord[] {
  if (equal.length === 0) return [];
  // An approximate figure is stated by an exact or approximate one, not by a bound (« au moins 1.800 » does not say « quelque 1 800 »).
  const qualifier = claim.approx === 'about' && claim.approxStart !== undefined && equal.some((s) => s.approx === undefined || s.approx === 'about') ? ([claim.approxStart, claim.numberStart] as const) : undefined;
  // A currency or a share written in words where the passage writes its sign (« four billion pounds », "£4bn"): the same unit code.
  const sameUnit = (s: Quantity) => (claim.kind === 'money' || claim.kind === 'percent') && s.kind === claim.kind && claim.unit !== undefined && s.unit === claim.unit;
  const hours = (countsHours(claim) && equal.some(countsHours)) || equal.some(sameUnit) ? ([claim.numberEnd, claim.end] as const) : undefined;
  return words.filter((w) => !w.isName && [qualifier, hours].some((span) => span !== undefined && w.start >= span[0] && w.end <= span[1]));
}
