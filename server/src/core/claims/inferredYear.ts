import type { Quantity } from '../text/quantities';

/**
 * A passage's date whose year the checker inferred from its article's date and a weekday (« lundi 22 janvier » in an
 * article of January 2018: see datedByDocument) against a claim date whose year is written and another
 * (« le 16 janvier 2020 »). The passage does not write that year: the claim's year may be right and the passage may
 * tell another year's event, as an article tells only the events of its own weeks. Such a date is no value to set
 * against the claim's (a fix would write a year no source writes over the one the writer gave); the same year, or a
 * year the passage writes, still compares.
 */

const FULL_YEAR = /(?<!\d)\d{4}(?!\d)/;
/** Words that place a day before or after the article's date (« le 14 mars dernier », "last March 14"): the passage says which year. */
const PLACED_AFTER = /^\s*(?:dernier|dernière|passé|passée|prochain|prochaine)(?![\p{L}])/iu;
const PLACED_BEFORE = /(?<![\p{L}])(?:last|next)\s+$/iu;

/**
 * Whether `source` is a date of `sourceText` whose year is inferred, neither written nor placed by the text (a
 * weekday's calendar, not « dernier » or "last"), and `claim` a date that writes another year.
 */
export function inferredYearAgainstWritten(claim: Quantity, source: Quantity, sourceText: string): boolean {
  const claimYear = claim.date?.year;
  const sourceYear = source.date?.year;
  if (claim.kind !== 'date' || source.kind !== 'date' || claimYear === undefined || sourceYear === undefined) return false;
  if (PLACED_AFTER.test(sourceText.slice(source.end, source.end + 20)) || PLACED_BEFORE.test(sourceText.slice(Math.max(0, source.start - 20), source.start))) return false;
  return FULL_YEAR.test(claim.raw) && !FULL_YEAR.test(source.raw) && claimYear !== sourceYear;
}
