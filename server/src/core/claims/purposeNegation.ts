import type { Lang } from '../types';
import { negationInRelativeClauseOnly } from './relativeClauseNegation';

/**
 * A negation inside a clause of purpose: « X soupçonnait Y de s'être approprié un trésor pour ne pas le partager avec
 * sa femme », "she sold the shares so as not to lose control". The negation is the purpose's own (not sharing), not
 * the main verb's: a claim of the main predicate (« X soupçonnait Y de s'être approprié un trésor ») is not denied.
 */

/**
 * What opens a negated purpose clause, up to its negation: « pour », « afin de », « de façon à », "so as", "in order"
 * right before « ne », « n' » or "not" (the clause must start negated: a « pour » clause with a negation further in
 * says another thing, « pour des missions qui ne … », which relativeClauseNegation.ts reads).
 */
const PURPOSE = /(?<=[\p{L}\d"»”])\s*,?\s+(?:pour|afin\s+de|afin\s+d['’]|de\s+façon\s+à|de\s+manière\s+à|so\s+as|in\s+order)\s+(?=(?:ne|n['’]|not)[\s\p{L}])/giu;

/**
 * Whether every negation of a passage lies in a clause of purpose (see {@link PURPOSE}) that says nothing of the
 * claim: the clause's content words (its negation aside) are none of the claim's terms (« pour ne pas le partager »
 * for a claim of sharing does deny it), and the passage without those clauses is affirmative. False when the
 * passage has no negated purpose clause.
 *
 * @param text the passage's sentence.
 * @param claimTerms the claim's terms (stems, as the index writes them).
 */
export function negationInPurposeClauseOnly(text: string, lang: Lang, claimTerms: ReadonlySet<string>): boolean {
  return negationInRelativeClauseOnly(text, lang, claimTerms, PURPOSE);
}
