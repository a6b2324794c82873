import { isFunctionWord } from '../text/functionWords';
import { isNumberWord } from '../text/numberWords';
import { stem } from '../text/stem';
import { tokenize } from '../text/tokenize';
import type { ClaimAnalysis, ClaimWord } from './analyzeClaim';

/** A determiner that opens a claim on a common noun phrase ("The tapes could fetch …", « Les bandes valent … »). */
const OPENING_DETERMINER = new Set(['the', 'a', 'an', 'le', 'la', 'les', 'l', "l'", 'l’', 'un', 'une', 'ces', 'ce', 'cet', 'cette', 'this', 'these', 'those']);
/** How many words after the determiner the noun phrase is read on. */
const PHRASE_WORDS = 3;

/**
 * The content words of the common noun phrase a claim opens with, its subject ("The tapes could fetch up to
 * $50,000": tapes; « Les six bandes magnétiques valent … »: bandes, magnétiques): the words after an opening determiner (a
 * number word aside), up to three, before its first function word and its first figure. Empty when the claim opens otherwise
 * (with a name, a date, a preposition).
 */
export function openingSubjectWords(claimText: string, analysis: ClaimAnalysis): ClaimWord[] {
  const tokens = tokenize(claimText).filter((t) => t.kind === 'word' || t.kind === 'elision');
  if (tokens.length === 0 || !OPENING_DETERMINER.has(tokens[0].norm)) return [];
  const firstValue = Math.min(claimText.length, ...analysis.quantities.map((q) => q.approxStart ?? q.start));
  // The noun phrase ends at its first function word, the verb's auxiliary or a preposition ("could", "were", « de »).
  const phrase: typeof tokens = [];
  for (const t of tokens.slice(1)) {
    if (t.end > firstValue || phrase.length >= PHRASE_WORDS) break;
    if (phrase.length === 0 && isNumberWord(t.norm, analysis.lang)) continue;
    if (isFunctionWord(t.norm)) break;
    phrase.push(t);
  }
  const words = analysis.words.filter((w) => phrase.some((t) => t.start === w.start));
  if (words.some((w) => w.isName)) return [];
  return words;
}

/** An indefinite determiner: what it opens is a thing the text brings in, not one it spoke of. */
const INDEFINITE = new Set(['a', 'an', 'another', 'un', 'une', 'autre']);

/**
 * Whether a passage may give another value of the claim's fact, as far as its subject goes. Not when the claim
 * opens with a common noun phrase that the passage's sentence does not say and the sentence opens on a thing it
 * brings in with an indefinite determiner, none of whose words the claim has ("A signed Presley photograph managed to
 * fetch $2,115" for "The tapes could fetch up to $50,000"): its value is that other thing's. True otherwise (the
 * passage's subject may be a pronoun or a synonym of the claim's: the figures' words decide).
 */
export function openingSubjectStated(claimText: string, analysis: ClaimAnalysis, passage: string, wordsInSentence: ReadonlySet<ClaimWord>): boolean {
  const words = openingSubjectWords(claimText, analysis);
  if (words.length === 0 || words.some((w) => wordsInSentence.has(w))) return true;
  const tokens = tokenize(passage).filter((t) => t.kind === 'word');
  if (tokens.length === 0 || !INDEFINITE.has(tokens[0].norm)) return true;
  const claimTerms = new Set(analysis.words.flatMap((w) => [w.norm, ...w.terms]));
  const phrase: string[] = [];
  for (const t of tokens.slice(1)) {
    if (phrase.length >= PHRASE_WORDS || isFunctionWord(t.norm)) break;
    phrase.push(t.norm);
  }
  return phrase.length === 0 || phrase.some((n) => claimTerms.has(n) || claimTerms.has(stem(n, analysis.lang)));
}
