import { franc } from 'franc-min';
import type { Lang } from '../types';
import { languageVotes } from './stem';

/**
 * The language of a short text such as one sentence: French or English by their stop words, and when those
 * do not decide (a sentence like "China graduates 6 million engineers every year." has almost none), by
 * character trigrams (franc); `fallback` when neither decides.
 */
export function detectSentenceLang(text: string, fallback: Lang): Lang {
  const votes = languageVotes(text);
  if (votes.fr !== votes.en) return votes.fr > votes.en ? 'fr' : 'en';
  const guess = franc(text, { only: ['fra', 'eng'], minLength: 10 });
  if (guess === 'eng') return 'en';
  if (guess === 'fra') return 'fr';
  return fallback;
}
