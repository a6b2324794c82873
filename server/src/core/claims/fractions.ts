import type { Quantity } from '../text/quantities';

/**
 * What may stand between a fraction in words and the exact share set beside it: the fraction's complement (« des
 * électeurs », "of the bondholders", up to 60 characters with no clause break), then a comma, an opening parenthesis
 * or a dash ("a third of the bondholders, 38.4%," « près de la moitié (48 %) des votants »).
 */
const APPOSITION_BETWEEN = /^(?:\s+(?:of|de|des|du|d['’])\s*[^,;:()–—.!?]{0,60}?)?\s*(?:,|\(|–|—|-)\s*(?:(?:soit|or|ie|i\.e\.|that is)\s+)?$/iu;

/**
 * The exact share a claim sets in apposition right after a fraction in words ("More than a third of the
 * bondholders, 38.4%, reside in Argentina", « près de la moitié (48 %) »): the writer states one value twice, the
 * figure being the exact one. The fraction is then no value of its own to compare: compared alone it meets any other
 * share of the passage (another holder's 15.6 %) and would be "fixed" with it. `undefined` when `q` is no fraction in
 * words or no share follows it so. `quantities`: the claim's values, in text order.
 */
export function exactShareOfFraction(claimText: string, q: Quantity, quantities: readonly Quantity[]): Quantity | undefined {
  if (!q.fraction) return undefined;
  const next = quantities.find((o) => o !== q && o.start >= q.end);
  if (!next || next.kind !== 'percent' || next.fraction) return undefined;
  return APPOSITION_BETWEEN.test(claimText.slice(q.end, next.approxStart ?? next.start)) ? next : undefined;
}

/**
 * Where the bound written before a fraction starts (« plus de la moitié », "more than a third", "at least half"),
 * so that a fix writes the source's share over the bound and the fraction together; `undefined` when `q` is no
 * bounded fraction (« près de la moitié » is an approximation, kept).
 */
export function fractionBoundStart(q: Quantity): number | undefined {
  return q.fraction && q.approx !== undefined && q.approx !== 'about' ? q.approxStart : undefined;
}
