import type { Quantity } from '../text/quantities';
import type { MeasuredPassage } from './citedMeasure';

/**
 * Whether the cited source writes the claim's values in conflict themselves: a passage of a cited document that
 * states the claim at least `minCoverage` writes each of them, the same value of the same counted noun or unit
 * (« six blessés » for the claim's « six blessés »). Another article's value for it (« trois blessés », the count
 * of one place) is then no fix: the source the writer cites gives the claim's value, and a wrong part of the claim
 * (a place) is for the other rules to find. A value with no unit of its own (a bare figure) is never held stated.
 *
 * @param same whether a passage value states a claim value (checkClaim's sameValue).
 */
export function citedWritesClaimValues(claimValues: readonly Quantity[], cited: readonly MeasuredPassage[], minCoverage: number, same: (claim: Quantity, value: Quantity) => boolean): boolean {
  return claimValues.length > 0 && claimValues.every((q) => q.unit !== undefined && cited.some((c) => c.coverage >= minCoverage && c.quantities.some((v) => v.unit === q.unit && same(q, v))));
}
