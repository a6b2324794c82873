import type { Quantity } from '../text/quantities';

/**
 * A passage's date whose year the checker inferred from its article's date (« lundi 22 janvier » in an article of
 * January 2018, « le 3 mai dernier »: see datedByDocument) against a claim date whose year is written and another
 * (« le 16 janvier 2020 »). The passage does not write that year: the claim's year may be right and the passage may
 * tell another year's event, as an article tells only the events of its own weeks. Such a date is no value to set
 * against the claim's (a fix would write a year no source writes over the one the writer gave); the same year, or a
 * year the passage writes, still compares.
 */

const FULL_YEAR = /(?<!\d)\d{4}(?!\d)/;

/** Whether `source` is a date whose year is inferred, not written in its text, and `claim` a date that writes another year. */
export function inferredYearAgainstWritten(claim: Quantity, source: Quantity): boolean {
  const claimYear = claim.date?.year;
  const sourceYear = source.date?.year;
  if (claim.kind !== 'date' || source.kind !== 'date' || claimYear === undefined || sourceYear === undefined) return false;
  return FULL_YEAR.test(claim.raw) && !FULL_YEAR.test(source.raw) && claimYear !== sourceYear;
}
