import type { Token } from '../text/tokenize';

/**
 * An agency or organisation credited right before a person's name (« a déclaré à l'AFP Jean-François Thony », "told
 * AP John Smith"): the capitalised words run on, but the acronym is no part of the person's name, and a fix that
 * writes the source's person in the claim's slot writes the person's name alone.
 */

/** A word written in capitals only (an acronym: « AFP », "BBC"), two to six letters. */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** A word of a person's name: capitalised, then lowercase letters (« Jean-François », « Thony », "O'Neill"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*$/u;

/**
 * The first token of the name run `tokens[first..last]` once an acronym that opens it is left out: when the run is
 * an acronym followed by two name words or more (a first name and a family name), the person's name starts after
 * the acronym; else `first` as is (« BBC Trust », « AFP » alone, « Jean Dupont »).
 */
export function afterCredit(tokens: readonly Token[], first: number, last: number): number {
  if (last - first < 2 || !ACRONYM.test(tokens[first].text)) return first;
  for (let k = first + 1; k <= last; k++) if (!NAME_WORD.test(tokens[k].text)) return first;
  return first + 1;
}
