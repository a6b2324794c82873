import type { Quantity } from '../text/quantities';

/**
 * A passage whose one value is set against several different values of the claim (« 16 octobre 1984 » against
 * « les 02/11/1984 et 03/11/1984, … le 16/01/2020 »): two different values of the claim are two facts (two days, two
 * amounts), and one value of the passage cannot be the value of both. The passage tells another fact, or tells only
 * one of the claim's and the alignment could not say which: it neither contradicts the claim nor gives a fix (a fix
 * would write one value over several, each of its own fact).
 */

/**
 * Whether `conflicts` (the pairs of a claim value and the passage value set against it) set one passage value, or
 * equal passage values, against two claim values that differ from each other (`sameValue`: the checker's test of
 * equal values, see checkClaim.ts).
 */
export function oneSourceValueForSeveral(conflicts: readonly { claim: Quantity; source: Quantity }[], sameValue: (a: Quantity, b: Quantity) => boolean): boolean {
  return conflicts.some((a, i) => conflicts.some((b, j) => j > i && (a.source === b.source || (a.source.kind === b.source.kind && a.source.value === b.source.value)) && !sameValue(a.claim, b.claim)));
}
