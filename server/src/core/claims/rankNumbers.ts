import type { Lang } from '../types';
import { fold } from '../text/normalize';

/**
 * A rank written as a number after « numéro », "number" or "No." ("the world number two", « le numéro un mondial »,
 * "Britain's No 1"): a rank as an ordinal word is (« deuxième », "second"), of the same thing — what is ranked is
 * the number itself (`key` "number"), the words around it (« mondial », "world") being the passage's to agree on.
 * "the world number two" against "former world number one" is the same slot with another rank.
 */

/** A rank written as a number, with its span (`start`/`end`: offsets of "number two" in the text) and its rank. */
export interface NumberRank {
  start: number;
  end: number;
  text: string;
  rank: number;
  key: string;
}

const NUMERALS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
};

const RANK = /(?<![\p{L}\p{N}])(number|no\.?|numéro|numero|n°)\s*(one|two|three|four|five|six|seven|eight|nine|ten|un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|\d{1,2})(?![\p{L}\p{N}])/giu;

/**
 * The ranks a text writes as "number N" (« numéro N », "No N"): `rank` the number, `key` "number" whatever the
 * language. Lowercase "number"/« numéro » only, or a capitalised "No" (a capitalised "Number" starts a title or a
 * name: "Number Ten"). Not a number of a street, a flight or a law (« numéro 12 de la rue », "No 10 Downing
 * Street") above ten: ranks in news are small.
 */
export function numberRanksOf(text: string, _lang: Lang): NumberRank[] {
  const found: NumberRank[] = [];
  for (const match of text.matchAll(RANK)) {
    const word = match[1];
    if (/^number|^num/iu.test(word) && word[0] !== word[0].toLowerCase()) continue;
    const numeral = fold(match[2].toLowerCase());
    const rank = /^\d+$/.test(numeral) ? Number(numeral) : NUMERALS[numeral];
    if (!rank || rank > 10) continue;
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0], rank, key: 'number' });
  }
  return found;
}
