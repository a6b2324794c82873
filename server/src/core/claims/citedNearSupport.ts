/**
 * A claim that cites a source which states most of it, while another source states it more fully: "Feminist writer
 * X walked out of the show, saying its producers were bullying housemates [@a]", where @a opens on "X has
 * criticised the show's 'bullying' of housemates after quitting" and @b writes "X quit the show over what she called
 * 'bullying' tactics used by the programme's producers". The cited passage names the claim's names, gives its
 * figures with no other value and says it the same way; it only words the fact otherwise. The citation is then no
 * fault to report: telling the writer to cite @b instead would be a wrong fix of a right citation. The passage is
 * kept among the claim's evidence, after the fuller support.
 */

/** What {@link citedNearSupport} reads of a scored passage. */
export interface NearPassage {
  evidence: { coverage: number };
  namesCovered: boolean;
  matched: readonly unknown[];
  conflicts: readonly unknown[];
  negated: boolean;
  claimNegated: boolean;
}

/**
 * The cited passage (`isCited`) of `scored` that states most of the claim: its names covered, all `checkable` figures
 * matched with no conflicting value, the claim's polarity, and a coverage of at least `least` (a share 0–1; the
 * caller asks for the coverage a contradiction needs, and no less than the fuller support's less twice the margin a
 * contradiction must win by: measured on the labelled sets' 26 true miscitations, whose cited passages stay 0.23 or
 * more below the support, while fresh user 23's right citation was 0.16 below). The fullest such passage, or undefined.
 */
export function citedNearSupport<T extends NearPassage>(scored: readonly T[], checkable: number, least: number, isCited: (s: T) => boolean): T | undefined {
  return scored
    .filter((s) => isCited(s) && s.namesCovered && s.matched.length === checkable && s.conflicts.length === 0 && s.negated === s.claimNegated && s.evidence.coverage >= least)
    .sort((a, b) => b.evidence.coverage - a.evidence.coverage)[0];
}
