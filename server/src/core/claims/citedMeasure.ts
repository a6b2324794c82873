import type { Quantity } from '../text/quantities';

/**
 * The cited source decides the claim's value. A writer who cites a source for a figure (« La tempête se déplaçait
 * … à environ 25 km/h [@a] ») is checked against that source: when a passage of it states the claim as fully as a
 * passage of another article that gives another value, and writes a value of the claim value's measure itself
 * (« se déplaçait … à environ 15 km/h »), the other article's value (« les vents avaient atteint 110 km/h … en se
 * déplaçant vers le nord-ouest »: a wind speed) is no fix. The cited source's value either contradicts the claim
 * (citedValues.ts) or leaves it unsure.
 */

/** What the rule reads of a passage (checkClaim's Scored): its coverage of the claim, its names, its values and text. */
export interface MeasuredPassage {
  coverage: number;
  namesCovered: boolean;
  text: string;
  quantities: readonly Quantity[];
}

/**
 * Whether a conflicting passage of an uncited article gives way to a cited passage: some passage of a cited
 * document (`cited`) names the claim's names, covers the claim at least as fully as the conflicting passage, and
 * writes a value that `sameMeasure` holds of the same measure as one of the claim's values in conflict (`claimValues`).
 *
 * @param sameMeasure whether a passage value (of the passage's `text`) measures what a claim value measures.
 */
export function citedSourceGivesMeasure(
  conflicting: { coverage: number },
  claimValues: readonly Quantity[],
  cited: readonly MeasuredPassage[],
  sameMeasure: (claim: Quantity, value: Quantity, text: string) => boolean,
): boolean {
  return cited.some((c) => c.namesCovered && c.coverage >= conflicting.coverage && c.quantities.some((v) => claimValues.some((q) => sameMeasure(q, v, c.text))));
}
