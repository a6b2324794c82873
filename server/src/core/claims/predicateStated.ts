import type { ClaimWord } from './analyzeClaim';
import { isRoleNoun } from './roles';

/**
 * A support by names alone. A claim without figures says its fact by its words besides names and titles: « Le
 * directeur du port de Lorient a jugé la situation comparable à celle de Brest » against « Selon le directeur du
 * port de Lorient, "nous ne sommes pas dans un scénario à la Brest" »; "Dave Roe is the local government minister"
 * against "union leader Dave Roe criticised the plans". A passage that writes the claim's names (and the title) and
 * none of those words reaches a support's coverage by the names' weight, yet states nothing the claim says of them:
 * it is no support. Claims with figures are left to the values' alignment (a figure stated is a word of the fact),
 * and passages of another language to the glossary, which lacks many of the words.
 */

/** The least number of words besides names and titles a claim must have for the rule to apply. */
const minPredicateWords = 2;

/**
 * Whether a passage's sentence states none of the claim's words besides names and titles (role nouns), the claim
 * having at least {@link minPredicateWords} of them. `inSentence`: whether the passage's own sentence states a claim
 * word. The caller applies it to same-language passages of claims with no value to check.
 */
export function statesNoPredicateWord(words: readonly ClaimWord[], inSentence: (w: ClaimWord) => boolean): boolean {
  const predicate = words.filter((w) => !w.isName && !isRoleNoun(w.norm));
  return predicate.length >= minPredicateWords && !predicate.some(inSentence);
}

/**
 * Across languages, where the glossary may lack the claim's other words, a support by names still needs two of them
 * or more of the claim's other words: a passage of another language whose sentence states one claim name only and,
 * of the claim's words besides names and titles (at least {@link minPredicateWords}), none — or one of three or more
 * ("Britain's biggest bookmaker refunded every bet" against « Au Royaume-Uni, … la plus forte hausse … »: "biggest"
 * alone) — shares a place or a topic, not a fact.
 */
export function statesOneNameOnly(words: readonly ClaimWord[], inSentence: (w: ClaimWord) => boolean): boolean {
  const predicate = words.filter((w) => !w.isName && !isRoleNoun(w.norm));
  if (predicate.length < minPredicateWords || words.filter((w) => w.isName && inSentence(w)).length > 1) return false;
  return predicate.filter(inSentence).length <= (predicate.length >= 3 ? 1 : 0);
}
