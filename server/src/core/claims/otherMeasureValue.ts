import type { Quantity } from '../text/quantities';

/**
 * The claim's figure written by the passage as another measure's value, while the passage gives the claim's measure
 * another figure: « La grenade pèse 26 g » against « La grenade pèse 190 g et contient une charge de 26 g » — the
 * 26 g is the charge's, the weight is 190 g. The equal figure does not state the claim (its words are another
 * fact's: alignment.ts's sameFact), and the passage's value that the claim's own words govern is the claim fact's
 * value: the claim is contradicted by it, not supported by the equal figure of the other measure.
 */

/**
 * The passage value that is the claim value's fact's when the passage's equal values all tell another fact: the one
 * other value of the claim value's measure that states the claim's fact (`states`: the claim's words govern it, its
 * holder is the claim's) and aligns with the claim's frame (`aligned`). Undefined when an equal value states the
 * claim's fact, when no other value or more than one does (which one is the claim's, the passage does not say).
 * `equal`: the passage's values equal to the claim's; `comparable`: its values of the claim value's measure. The
 * caller asks it only for a claim value that is no time (a passage dates several facts, and a year's window rarely
 * holds its fact's words) and the claim's only value of its measure (of a list, « neuf blessés graves et quinze
 * blessés légers », the order tells which value is which).
 */
export function otherMeasureValue(
  equal: readonly Quantity[],
  comparable: readonly Quantity[],
  states: (s: Quantity) => boolean,
  aligned: (s: Quantity) => boolean,
): Quantity | undefined {
  if (equal.length === 0 || equal.some(states)) return undefined;
  const rivals = comparable.filter((s) => !equal.includes(s) && states(s) && aligned(s));
  return rivals.length === 1 ? rivals[0] : undefined;
}

/**
 * Whether a passage value's governing word (alignment.ts's ValueContext.governor: the nearest content word before it)
 * is one the claim never writes (`claimTerms`: the terms of all its words): « charge » of « une charge de 26 g » for
 * « La grenade pèse 26 g ». False when the value has no governing word, or when the claim writes it (« trois nuits de
 * 10 heures ou cinq de 6 heures » for « trois nuits de 10 heures »: the claim's own noun governs the equal value).
 */
export function governedByAnotherNoun(governor: readonly string[] | undefined, claimTerms: ReadonlySet<string>): boolean {
  return governor !== undefined && governor.length > 0 && !governor.some((t) => claimTerms.has(t));
}
