import { monthOfYear } from '../text/calendarDate';
import type { Quantity } from '../text/quantities';

/**
 * Whether a source date states the claim's year dated by its month ("in June 2019", « en mai 2018 »): a day of that
 * month of that year (« le 3 mai 2018 », « lundi 17 juin » that the article's date places in 2019, see
 * datedByDocument). The month and year are what the claim says; the passage says them with a day. It states the
 * value, never a conflict: a day of another month or year is left to the comparison of dates.
 */
export function dayInClaimMonth(claimText: string, claim: Quantity, source: Quantity): boolean {
  if (claim.kind !== 'year' || source.kind !== 'date' || source.date?.year !== claim.value || source.date.day === undefined || source.date.until) return false;
  return monthOfYear(claimText, claim)?.date?.month === source.date.month;
}
