import type { ClaimWord } from './analyzeClaim';
import { sameQuantity, type Quantity } from '../text/quantities';

/**
 * Whether a passage writes one of the claim's values itself, or the claim has none: a passage whose sentence writes
 * none of them nor any of the claim's names (see {@link namesOnlyAround}), the values and names being told by the
 * sentences around it, tells another fact of the story ("He and partner
 * Bates won their doubles rubber on the middle Saturday of the tie", between "in 1994 against Romania" and "Britain
 * eventually lost the contest 3-2"): its opposite word ("won") is no denial of the claim ("Britain lost the 1994 tie
 * 3-2").
 *
 * @param checkable the claim's values that are checked.
 * @param passageValues the values the passage's own sentence writes.
 */
export function writesAClaimValue(checkable: readonly Quantity[], passageValues: readonly Quantity[]): boolean {
  return checkable.length === 0 || checkable.some((q) => passageValues.some((s) => sameQuantity(q, s)));
}

/**
 * Whether the claim names someone or something and the passage's sentence writes none of those names, the sentences
 * around it doing (`outside`: the claim's names found only there). "Britain" and "Romania" around "He and partner
 * Bates won their doubles rubber"; not "David Gill" in "voted out, against the wishes of chief executive David Gill".
 */
export function namesOnlyAround(words: readonly ClaimWord[], outside: readonly ClaimWord[]): boolean {
  const names = words.filter((w) => w.isName);
  return names.length > 0 && names.every((w) => outside.includes(w));
}

/**
 * Whether a passage writes every one of the claim's values itself (and the claim has some): « une amende de 200.000
 * euros » for a claim of « 200 000 euros ».
 */
export function writesAllClaimValues(checkable: readonly Quantity[], passageValues: readonly Quantity[]): boolean {
  return checkable.length > 0 && checkable.every((q) => passageValues.some((s) => sameQuantity(q, s)));
}
