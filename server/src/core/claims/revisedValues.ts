import type { Quantity } from '../text/quantities';

/** What {@link withoutRevisedConflicts} reads of a scored passage. */
export interface ValuePassage {
  evidence: { coverage: number };
  namesCovered: boolean;
  /** The claim's values the passage states. */
  matched: readonly Quantity[];
  /** Some matched value is, in the passage, the value of another fact than the claim's. */
  incidental: boolean;
  /** The claim's values the passage gives another value of the same fact. */
  conflicts: readonly { claim: Quantity; source: Quantity }[];
}

/**
 * The coverage a passage needs to state a revised value (in [0, 1]): a passage that gives one toll of a claim of
 * two tolls and their parts (« Le dernier bilan officiel fait état de 207 morts » for « Le premier bilan faisait
 * état de 207 morts, dont 35 étrangers, et de moins de 450 blessés ») covers 0.36 of it; measured on real-dev8.
 */
const statingCoverage = 0.3;

/**
 * The passages with no conflict on a claim value of a kind the news revises as it goes (`revisable`: a toll) that
 * another passage states as the value of the claim's fact. A first toll of 137 dead, then 207, then 290 (« un
 * précédent bilan faisait état de 137 morts »): a claim that gives one of the values the sources give is not
 * contradicted by another of them, nor fixed to it — which one holds at the claim's time the passages do not say
 * (at most the claim is unsupported). Another value of the claim still conflicts.
 */
export function withoutRevisedConflicts<T extends ValuePassage>(scored: readonly T[], revisable: (q: Quantity) => boolean): T[] {
  const stated = new Set<Quantity>();
  for (const s of scored) {
    if (s.namesCovered && !s.incidental && s.evidence.coverage >= statingCoverage) for (const q of s.matched) if (revisable(q)) stated.add(q);
  }
  if (stated.size === 0) return [...scored];
  return scored.map((s) => (s.conflicts.some((c) => stated.has(c.claim)) ? { ...s, conflicts: s.conflicts.filter((c) => !stated.has(c.claim)) } : s));
}
