import english from 'stopwords-en/stopwords-en.json';
import french from 'stopwords-fr/stopwords-fr.json';
import { fold } from './normalize';

/**
 * The long stop-word lists of stopwords-iso (French 691, English 1,298 words): prepositions, adverbs,
 * determiners, number words… They are too broad for retrieval (they drop numbers and comparatives, see
 * docs/TEXT-STACK.md), but right for telling that a capitalised first word ("Parmi", "Selon") is not a name.
 */
const functionWords = new Set([...french, ...english].map(fold));

/** Whether a folded word is a function word of French or English. */
export function isFunctionWord(norm: string): boolean {
  return functionWords.has(norm);
}
