import { isFunctionWord } from '../text/functionWords';
import { fold } from '../text/normalize';

/**
 * A capitalised word that is no name: a function word ("In", « Selon », "The") written with a capital, or the first
 * word of a sentence or of a quotation (`Mr Hasson said: "In the last four years …"`), capitalised by its place,
 * which the corpus never writes as a name on its own elsewhere. Such a word fills no name slot: it is neither a
 * name to set against the claim's nor one to write in its place.
 */

/** A sentence's or a quotation's start before an offset: nothing, or an opening quote, a colon or a bracket, then spaces. */
const OPENING = /(?:^|[«"“‘(:]|['’](?=\s*$))\s*$/u;

/**
 * Whether the capitalised word (or run of words) `name`, written at `at` in `text`, is no name: all its words are
 * function words, or it is one word at the start of the sentence or of a quotation that the corpus does not write
 * as a name standing alone (`standsAlone`, on the folded word).
 */
export function capitalisedNotName(text: string, at: number, name: string, standsAlone: (norm: string) => boolean): boolean {
  const words = name.split(/[\s'’-]+/u).filter(Boolean).map(fold);
  if (words.length === 0 || words.every((w) => isFunctionWord(w))) return true;
  return words.length === 1 && OPENING.test(text.slice(Math.max(0, at - 20), at)) && !standsAlone(words[0]);
}
