/**
 * A passage that writes the opposite of a claim word (« la CNPA a "approuvé" » for « La Commission … a rejeté »),
 * against supports that write that word nowhere: they tie the claim to the story by its other words (« après une
 * réunion de la Commission … »), only the opposing passage tells what was done.
 */

/** What {@link opposesUnstatedWord} reads of a scored passage. */
export interface PassageWords<W> {
  /** The passage's article. */
  doc: unknown;
  /** Coverage of the claim (0–1). */
  coverage: number;
  /** The claim's words the sentence itself states, its opposed words included. */
  wordsInSentence: ReadonlySet<W>;
  /** The claim's words the sentence states by their opposite word. */
  opposedWords: ReadonlySet<W>;
}

/**
 * Whether `negation`, a passage that says the claim the other way by an opposite word, wins over the best support
 * though it covers the claim a little less (by at most `margin`): it is in the best support's article, it writes
 * the opposite with the claim's complement (two thirds of the {@link complementWords} claim words after each opposed
 * word, `after` giving them in order: « approuvé à l'unanimité le parti de restauration » for « rejeté à l'unanimité
 * le projet de restauration »; "derided the Trust's claim" is no opposite of "approved the vote"), and no support
 * (`supports`, `best` among them) writes any of the words it opposes. A support that writes the opposed
 * word still wins (the sources then disagree, or the word has another sense); so does one from another article, or
 * one that covers the claim by more than the margin.
 *
 * @param margin coverage the negation may lack against the best support (checkClaim's contradiction margin, 0.1).
 */
export function opposesUnstatedWord<W>(negation: PassageWords<W>, best: PassageWords<W>, supports: readonly PassageWords<W>[], margin: number, after: (word: W) => readonly W[]): boolean {
  if (negation.opposedWords.size === 0 || negation.doc !== best.doc || negation.coverage < best.coverage - margin) return false;
  const opposed = [...negation.opposedWords];
  // The opposite word told of the claim's complement: most of the claim words right after it are in the passage sentence too.
  if (!opposed.every((w) => complementStated(after(w).slice(0, complementWords), negation.wordsInSentence))) return false;
  return supports.every((s) => opposed.every((w) => !s.wordsInSentence.has(w)));
}

/** How many claim words after the opposed word make its complement. */
export const complementWords = 3;

/** Whether a sentence writes at least two thirds of a complement's words (all of one or two), and there is one. */
function complementStated<W>(complement: readonly W[], written: ReadonlySet<W>): boolean {
  return complement.length > 0 && complement.filter((w) => written.has(w)).length * 3 >= complement.length * 2;
}
