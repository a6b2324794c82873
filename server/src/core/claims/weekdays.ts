import type { Lang } from '../types';
import { sameDate, weekdayBefore, weekdayName } from '../text/dates';
import type { Quantity } from '../text/quantities';

/**
 * A wrong weekday with the right date: « Le viaduc s'est effondré le mardi 18 novembre » where the passage says
 * « lundi 18 novembre ». The date's figures agree, so the value rules state the claim; the weekday is a word of the
 * date that the claim gets wrong. It is decided only when it is sure: the passage writes its own weekday before the
 * same day and month, or the date's year is written (by the claim or the passage), so the calendar gives the day.
 */

/** A weekday conflict: the claim's weekday (`claimStart`/`claimEnd`, offsets in the claim) and the right one, written as the claim would. */
export interface WeekdayConflict {
  claimStart: number;
  claimEnd: number;
  sourceText: string;
}

/**
 * The weekday conflict between a claim's dates and a passage's: a claim date with a day and month and a weekday
 * before it, a passage date on the same day (`sameDate`) whose weekday differs — the one written before it, or
 * else the one the calendar gives for the year written by the claim or by the passage (`yearWritten`: whether the
 * passage's date writes its year; a year the article's date supplies is not sure enough). Undefined when the claim
 * writes no weekday, when no passage date is the claim's day, or when the weekdays agree or cannot be known.
 * The fix is written in the claim's language and case (« lundi », "Monday").
 */
export function weekdayConflict(
  claimText: string,
  claimLang: Lang,
  claimDates: readonly Quantity[],
  sourceText: string,
  sourceDates: readonly Quantity[],
  yearWritten: (source: Quantity) => boolean,
): WeekdayConflict | undefined {
  for (const q of claimDates) {
    if (q.kind !== 'date' || !q.date || q.date.day === undefined || q.date.until) continue;
    const claimWeekday = weekdayBefore(claimText, q.start);
    if (!claimWeekday) continue;
    for (const s of sourceDates) {
      if (s.kind !== 'date' || !s.date || s.date.day !== q.date.day || s.date.month !== q.date.month || s.date.until || !sameDate(q.date, s.date)) continue;
      const written = weekdayBefore(sourceText, s.start);
      const year = q.date.year ?? (yearWritten(s) ? s.date.year : undefined);
      const day = written?.day ?? (year !== undefined ? new Date(Date.UTC(year, q.date.month - 1, q.date.day)).getUTCDay() : undefined);
      if (day === undefined || day === claimWeekday.day) continue;
      const name = weekdayName(day, claimLang);
      const fix = claimWeekday.word[0] === claimWeekday.word[0].toUpperCase() ? name[0].toUpperCase() + name.slice(1) : name;
      return { claimStart: claimWeekday.start, claimEnd: claimWeekday.end, sourceText: fix };
    }
  }
  return undefined;
}
