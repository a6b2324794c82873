import type { Quantity } from '../text/quantities';

/**
 * A claim value that one passage of an article states as its own value and another passage of the same article sets
 * against a different value: when the passage that states it says more of the claim than the one in conflict, the
 * claim's value is right for the fact that fuller passage tells, and the other value is of another fact of the same noun (another year, another
 * forecast: "a total shortfall of $900bn for the years 2006 to 2015" beside "a $310bn shortfall in the 2005 fiscal
 * year", for a claim "a total shortfall of $900bn for the years 2005 to 2015"). Writing the other value in would
 * be a wrong fix: what is wrong in the claim, if anything, lies elsewhere (unsure, at most unsupported). Passages of
 * two articles are left to the rules of sources that disagree and of the cited source (disagreeingSources.ts, citedValues.ts).
 */

/** What {@link claimValueStatedMoreFully} reads of a scored passage. */
export interface ValuePassage {
  evidence: { coverage: number; doc: unknown };
  namesCovered: boolean;
  matched: readonly Quantity[];
  conflicts: readonly { claim: Quantity; source: Quantity }[];
  negated: boolean;
  claimNegated: boolean;
}

/**
 * Whether every claim value that `conflicting` sets against a value of its own is stated, with no conflict on it,
 * by another passage of `scored` in the same document that covers the claim's names, says the claim's fact the same way (not negated
 * otherwise) and states clearly more of the claim (its coverage above `conflicting`'s by `margin`, a share 0–1).
 */
export function claimValueStatedMoreFully<T extends ValuePassage>(conflicting: T, scored: readonly T[], margin: number): boolean {
  if (conflicting.conflicts.length === 0) return false;
  return conflicting.conflicts.every(({ claim }) =>
    scored.some(
      (s) =>
        s !== conflicting &&
        s.evidence.doc === conflicting.evidence.doc &&
        s.namesCovered &&
        s.negated === s.claimNegated &&
        s.matched.includes(claim) &&
        !s.conflicts.some((c) => c.claim === claim) &&
        s.evidence.coverage >= conflicting.evidence.coverage + margin,
    ),
  );
}
