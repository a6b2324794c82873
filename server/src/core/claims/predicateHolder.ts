/**
 * Who did the claim's thing decides whether a wrong title or a wrong person is what the writer got wrong. The claim
 * "Jane Roe, the governor of the central bank, said rates would stay low" against "Finance Minister Jane Roe said
 * rates would stay low" and "central bank governor John Doe": the passage states the claim's predicate with the
 * claim's person, so the title is wrong, not the person; replacing the person would put Roe's words in Doe's mouth.
 */

/** Share of the claim's predicate (its words outside the role mention) a passage naming the claim's person must state. */
export const predicateShare = 0.6;

/**
 * The passage, among `candidates`, that names the claim's person and states the claim's predicate at least as
 * fully as the sentence that gives the claim's title to someone else (`otherStated` of its words) and at least
 * {@link predicateShare} of it; undefined when none does.
 *
 * @param namesPerson whether a passage writes the claim's person (every word of the claim's name).
 * @param predicateStated how many of the claim's predicate words a passage states.
 * @param predicateCount how many predicate words the claim writes (its words outside the name and the title).
 */
export function personStatingPredicate<S>(
  candidates: readonly S[],
  otherStated: number,
  namesPerson: (s: S) => boolean,
  predicateStated: (s: S) => number,
  predicateCount: number,
): S | undefined {
  if (predicateCount === 0) return undefined;
  const floor = Math.max(otherStated, predicateShare * predicateCount);
  let best: S | undefined;
  for (const s of candidates) {
    if (!namesPerson(s) || predicateStated(s) < floor) continue;
    if (best === undefined || predicateStated(s) > predicateStated(best)) best = s;
  }
  return best;
}
