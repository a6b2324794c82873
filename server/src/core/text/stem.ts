import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { eng, fra } from 'stopword';
import type { Lang } from '../types';
import { canonicalNumber } from './numbers';
import { fold } from './normalize';
import { tokenize, type Token } from './tokenize';

const STEMMERS: Record<Lang, (word: string) => string> = { fr: frenchStemmer, en: englishStemmer };
const STOP_WORDS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(fra.map(fold)),
  en: new Set(eng.map(fold)),
};
const MAX_CACHED_STEMS = 200_000;
const stemCache: Record<Lang, Map<string, string>> = { fr: new Map(), en: new Map() };

/**
 * The Snowball stem of a lowercase word (accents kept), folded: "ingénieurs" → "ingenieur".
 */
export function stem(lower: string, lang: Lang): string {
  const cache = stemCache[lang];
  let stemmed = cache.get(lower);
  if (stemmed === undefined) {
    stemmed = fold(STEMMERS[lang](lower));
    if (cache.size >= MAX_CACHED_STEMS) cache.clear();
    cache.set(lower, stemmed);
  }
  return stemmed;
}

/** Whether a folded word is a stop word of `lang`; elisions ("l'", "qu'") always are. */
export function isStopWord(norm: string, lang: Lang): boolean {
  return norm.endsWith("'") || STOP_WORDS[lang].has(norm);
}

const FRENCH_ONLY = [...STOP_WORDS.fr].filter((w) => !STOP_WORDS.en.has(w));
const ENGLISH_ONLY = [...STOP_WORDS.en].filter((w) => !STOP_WORDS.fr.has(w));
const FRENCH_MARKERS = new Set(FRENCH_ONLY);
const ENGLISH_MARKERS = new Set(ENGLISH_ONLY);
const DETECTION_SAMPLE = 20_000;

/**
 * The language of `text`, French or English, by counting stop words that belong to one
 * language only; French when undecided. Reads at most the first 20,000 characters.
 */
export function detectLang(text: string): Lang {
  const votes = languageVotes(text);
  return votes.en > votes.fr ? 'en' : 'fr';
}

/** Counts of stop words (and elisions) that belong to French only and to English only, in the first 20,000 characters. */
export function languageVotes(text: string): { fr: number; en: number } {
  let french = 0;
  let english = 0;
  for (const token of tokenize(text.slice(0, DETECTION_SAMPLE))) {
    if (token.kind === 'elision') french++;
    else if (token.kind === 'word') {
      if (FRENCH_MARKERS.has(token.norm)) french++;
      else if (ENGLISH_MARKERS.has(token.norm)) english++;
    }
  }
  return { fr: french, en: english };
}

/**
 * The retrieval terms of `text`: stems of its words that are not stop words, and its numbers
 * in canonical form ("3,57" and "3.57" → "3.57", "100 000" → "100000").
 */
export function termsOf(text: string, lang: Lang): string[] {
  return termsOfTokens(tokenize(text), lang);
}

/** {@link termsOf} for text already tokenized. */
export function termsOfTokens(tokens: readonly Token[], lang: Lang): string[] {
  const terms: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'number') {
      terms.push(canonicalNumber(token.text, lang) ?? token.norm);
    } else if (token.kind === 'word' && !isStopWord(token.norm, lang)) {
      terms.push(stem(token.lower, lang));
    }
  }
  return terms;
}
