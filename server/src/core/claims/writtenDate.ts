import type { CalendarDate } from '../text/dates';
import type { Quantity } from '../text/quantities';

/**
 * A date as its text writes it: the date parser gives a day to a month written alone in some phrasings ("by the
 * end of September" is read as September 30), and a fix that wrote that day would write a date the source never
 * gives ("By the end of September 30"). A fix writes the source's date as the source writes it.
 */

/** A day written in a date's text: a digit, or a day in words (« premier », "first", "second"…). */
const DAY_WRITTEN = /\d|(?<![\p{L}])(?:premier|first|second|third|fourth|fifth)(?![\p{L}])/iu;

/**
 * `date.date` as its text `date.raw` writes it: without its day when the text writes none (a month alone, its
 * day supplied by the parser), else as is. Undefined when `date` is no calendar date.
 */
export function dateAsWritten(date: Quantity): CalendarDate | undefined {
  if (!date.date) return undefined;
  if (date.date.day === undefined || DAY_WRITTEN.test(date.raw)) return date.date;
  const { day: _day, ...rest } = date.date;
  return rest;
}
