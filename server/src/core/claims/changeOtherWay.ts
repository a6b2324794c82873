import type { Quantity } from '../text/quantities';
import type { ClaimFrame } from './alignment';
import { figureChange } from './figureChange';

/**
 * A claim's change figure that the passage writes as a change the other way is the same figure told the opposite
 * way, not another measure's value: « Brightco's sales fell 6.2% » against "Although like-for-like sales fell
 * 1.1%, total sales … were 4bn pounds, up 6.2%". The passage's "sales fell 1.1%" meets the claim's words only
 * through its word of change ("fell"); without that word it is no nearer the claim's measure ("sales") than the
 * equal figure is. Then the equal figure is the claim's, its direction decides (figureChange.ts: the opposite
 * reading, with no value to write), and the other figure (like-for-like sales', or net income's) is no fix.
 */

/**
 * Whether the claim value `q` is a change (figureChange.ts) that a passage value equal to it (`equal`) writes as a
 * change the other way, and the passage's rival value (`rival`, the one otherMeasureValue.ts would take for the
 * claim's measure) aligns with the claim's frame no better than that equal value once the claim's words of change
 * are set aside (`shareWithout(frame, s)`: the weighted share of a frame's words in the window of passage value `s`,
 * alignment.ts's align). False when the claim's figure is written as no change, or no equal value as the opposite
 * change: the caller then keeps the rival as the claim measure's value.
 */
export function changeToldOtherWay(
  claimText: string,
  q: Quantity,
  frame: ClaimFrame,
  sourceText: string,
  equal: readonly Quantity[],
  rival: Quantity,
  shareWithout: (frame: ClaimFrame, s: Quantity) => number,
): boolean {
  const change = figureChange(claimText, q);
  if (!change) return false;
  const opposite = equal.filter((s) => {
    const way = figureChange(sourceText, s)?.way;
    return way !== undefined && way !== change.way;
  });
  if (opposite.length === 0) return false;
  const rest: ClaimFrame = { ...frame, words: frame.words.filter((w) => w.end <= change.start || w.start >= change.end) };
  if (rest.words.length === 0) return false;
  const rivalShare = shareWithout(rest, rival);
  return opposite.some((s) => shareWithout(rest, s) >= rivalShare);
}

/** What {@link changeToldOtherWayElsewhere} reads of a scored passage. */
export interface ChangePassage {
  evidence: { coverage: number; doc: unknown; sentence: { text: string } };
  view: { quantities: readonly Quantity[] };
  namesCovered: boolean;
  matched: readonly Quantity[];
  conflicts: readonly { claim: Quantity; source: Quantity }[];
  negated: boolean;
  claimNegated: boolean;
}

/**
 * Whether every claim value that `conflicting` sets against another value is a change of the claim's (figureChange.ts)
 * that another passage of the same document states, with no conflict on it, as an equal figure written as a change,
 * reading the claim the other way (its `negated` unlike its `claimNegated`: "up 6.2%" for "fell 6.2%") and covering
 * the claim's names and at least as much of the claim (`coverage`, a share 0–1) as `conflicting`. The claim's figure is
 * then right and its direction wrong: the finding is the opposite reading, and `conflicting`'s value (another
 * measure's: "net income fell 33%") no fix. `sameValue`: whether two values are equal (checkClaim.ts's).
 */
export function changeToldOtherWayElsewhere<T extends ChangePassage>(claimText: string, conflicting: T, scored: readonly T[], sameValue: (a: Quantity, b: Quantity) => boolean): boolean {
  if (conflicting.conflicts.length === 0) return false;
  return conflicting.conflicts.every(({ claim }) => {
    const change = figureChange(claimText, claim);
    if (!change) return false;
    return scored.some(
      (s) =>
        s !== conflicting &&
        s.evidence.doc === conflicting.evidence.doc &&
        s.namesCovered &&
        s.negated !== s.claimNegated &&
        s.matched.includes(claim) &&
        !s.conflicts.some((c) => c.claim === claim) &&
        s.evidence.coverage >= conflicting.evidence.coverage &&
        s.view.quantities.some((v) => sameValue(claim, v) && (figureChange(s.evidence.sentence.text, v)?.way ?? change.way) !== change.way),
    );
  });
}
