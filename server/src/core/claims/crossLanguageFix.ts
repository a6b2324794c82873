import { fold } from '../text/normalize';
import type { Lang } from '../types';
import { isRoleNoun } from './roles';

/**
 * Whether a name fix would write a word of the passage's language into a claim of another language: the source's
 * words as the passage writes them (not put into the claim's language first, as a month is: months.ts), and no
 * proper name — a lowercase word or a title (« ministre », « directrice », « Premier ministre ») is the other
 * language's common noun, which reads wrong in the claim ("The culture ministre X"). A proper name (« Lyon »,
 * « Anne Dupré ») is written the same in both languages, so it may be written in.
 *
 * @param name the text the fix would write; `sourceSentence` the passage's sentence it comes from.
 */
export function commonWordAcrossLanguages(name: string, claimLang: Lang, sourceLang: Lang, sourceSentence: string): boolean {
  if (claimLang === sourceLang || !sourceSentence.includes(name)) return false;
  const first = /^[\p{L}'’-]+/u.exec(name)?.[0];
  if (!first) return false;
  return !/^\p{Lu}/u.test(first) || isRoleNoun(fold(first.toLowerCase()));
}
