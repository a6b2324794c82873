import type { ClaimWord } from './analyzeClaim';

/**
 * Claims that name nothing: their subject is a pronoun or a common noun (« Elle est née en 1946. », « Le policier
 * est né en 1969. », "The engineer died in 1994."), whose referent the draft names in an earlier sentence. With no
 * name to tie a passage to the claim's story, only the claim's own words do: a passage that states at most one of
 * them (« … La Ciotat où est née la pétanque en 1907 », for « née ») may give anyone's year, in any story, and so
 * contradicts nothing the claim says. Such a claim is left unsupported instead, with that passage as the closest.
 * A source the claim cites is its story, and a passage's sentence before it is where its pronoun finds what it
 * stands for (« Huit d'entre elles ont été hospitalisées » after the 224 people at the emergency ward): the caller
 * counts the words stated there too, and lets a cited source contradict.
 */

/**
 * Content words of a nameless claim a passage (with its sentence before) must state to contradict it. Measured on
 * the labelled sets (real-dev … real-dev14, 2,228 claims): no verdict changes; without the cited-source and
 * sentence-before exemptions, one true contradiction (a count told with « d'entre elles ») is lost.
 */
const minimumStatedWords = 2;

/**
 * Whether a passage that contradicts a claim is too loosely tied to it to do so: the claim names nothing, and the
 * passage states fewer than {@link minimumStatedWords} of its content words. `words`: the claim's content words
 * (analyzeClaim); `stated`: whether the passage states a word.
 */
export function unanchoredContradiction(words: readonly ClaimWord[], stated: (word: ClaimWord) => boolean): boolean {
  if (words.some((w) => w.isName)) return false;
  return words.filter(stated).length < minimumStatedWords;
}
