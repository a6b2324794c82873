import { termsOf } from '../text/stem';
import type { Lang } from '../types';
import { frenchFor } from './lexicon';

/** A capitalised word: its first letter is a capital. */
const CAPITALISED = /[\p{Lu}][\p{L}'’-]*/gu;
/** What may stand before a sentence's first word: the start of the text, a sentence end, an opening quote or bracket. */
const OPENS_SENTENCE = /(?:^|[.!?…:]\s*|\n\s*)["«“‘(\[]?\s*$/u;

/**
 * `text` with its capitalised words blanked out (same length, so offsets hold), its sentences' first words aside:
 * the words of the names and titles it writes ("Grief Never Grows Old", "Tourist"), which say nothing of what happens.
 */
export function withoutCapitalisedWords(text: string): string {
  return text.replace(CAPITALISED, (word, offset: number) => (OPENS_SENTENCE.test(text.slice(Math.max(0, offset - 6), offset)) ? word : ' '.repeat(word.length)));
}

/** Whether a word of `text` at `start` is written with a capital inside its sentence (part of a name or a title). */
export function isCapitalisedInside(text: string, start: number): boolean {
  const first = text[start];
  return first !== undefined && first !== first.toLowerCase() && !OPENS_SENTENCE.test(text.slice(Math.max(0, start - 6), start));
}

const plainTerms = new WeakMap<object, { terms: Set<string>; frenchTerms?: Set<string> }>();

/**
 * The terms of a passage's words that are not part of a name or a title (see {@link withoutCapitalisedWords}), and
 * for an English passage the French stems they stand for: where an opposite word of a claim's word is sought. A
 * song called "Grief Never Grows Old" that "slipped four places" does not say "grew" against a claim's "fell".
 * `key` caches the result (the passage's sentence object).
 */
export function plainTermsOf(key: object, text: string, lang: Lang): { terms: Set<string>; frenchTerms?: Set<string> } {
  let view = plainTerms.get(key);
  if (!view) {
    const terms = new Set(termsOf(withoutCapitalisedWords(text), lang));
    view = lang === 'en' ? { terms, frenchTerms: new Set([...terms].flatMap((t) => frenchFor(t))) } : { terms };
    plainTerms.set(key, view);
  }
  return view;
}
