import type { Lang } from '../types';
import { englishFor, termsForStem } from './lexicon';

/**
 * A claim's stem with the stems a source of another language writes for it (the glossary, lexicon.ts): an English
 * stem with its French translations ("week" → « semain »), a French stem with its English ones (« condamn » →
 * "sentenc"); itself alone when both texts are of one language. For rules that compare a claim's words with a
 * passage's by their stems (termsOf): across languages the two sides never share a stem but names and cognates.
 */
export function termsAcross(term: string, claimLang: Lang, sourceLang: Lang): string[] {
  if (claimLang === sourceLang) return [term];
  return claimLang === 'en' ? termsForStem(term, 'en') : [term, ...englishFor(term)];
}
