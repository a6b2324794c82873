/**
 * Words of the year context (« de », "of") after which a four-digit number followed by a plural counted noun is a
 * count, not a year: « un sondage de 2000 adultes », « des 2000 salariés », "a survey of 2000 adults". French puts
 * a year after the noun it dates (« les élections de 2017 »), never before a plural noun; in English "of" + year +
 * plural noun ("sales of 2019 models") is much rarer in news than a count written without its thousands comma.
 * Time words (« en », « depuis », "in", "since", "from 2003 levels", "to 1990 levels") keep the year. Found by the
 * rewrite check (selfcheck.ts --rewrites): "the Mori survey of 2000 adults" was read as the year 2000 and called
 * contradicted by the source's « in 1999 ».
 */
const COUNT_AFTER = new Set(['de', "d'", 'des', 'of']);

/** Whether `previousWord` (folded, as the tokenizer normalises it) makes a following bare number + plural noun a count. */
export function countsAfter(previousWord: string): boolean {
  return COUNT_AFTER.has(previousWord);
}
