import { fold } from './normalize';
import type { Quantity } from './quantities';

/** Month names, folded, French and English, with their number. */
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  [
    ['janvier', 'january'],
    ['fevrier', 'february'],
    ['mars', 'march'],
    ['avril', 'april'],
    ['mai', 'may'],
    ['juin', 'june'],
    ['juillet', 'july'],
    ['aout', 'august'],
    ['septembre', 'september'],
    ['octobre', 'october'],
    ['novembre', 'november'],
    ['decembre', 'december'],
  ].flatMap((names, i) => names.map((name): [string, number] => [name, i + 1])),
);

/** The number (1–12) of a month name in French or English, any case and accents (« Août », "august"); undefined for another word. */
export function monthNumber(name: string): number | undefined {
  return MONTH_NUMBERS.get(fold(name));
}

/** A month name and the words that may sit between it and its year (« mai 2008 », "June 2002", "May of 2004"). */
const MONTH_BEFORE_YEAR = /(\p{L}+)(\s+(?:of\s+)?)$/u;

/**
 * The date of month precision that a year quantity states with the month written right before it ("June 2002",
 * « en mai 2008 »): a quantity of kind 'date' with no day (`date.month`, `date.year`), spanning the month and the
 * year, so that two such dates compare at the precision both give and a wrong month is fixed with the source's
 * month and year. Undefined when `year` is no year or no month name is written before it.
 */
export function monthOfYear(text: string, year: Quantity): Quantity | undefined {
  if (year.kind !== 'year') return undefined;
  const match = MONTH_BEFORE_YEAR.exec(text.slice(Math.max(0, year.start - 16), year.start));
  const month = match ? MONTH_NUMBERS.get(fold(match[1])) : undefined;
  if (!match || month === undefined) return undefined;
  const start = year.start - match[0].length;
  return {
    start,
    end: year.end,
    numberStart: start,
    numberEnd: year.numberEnd,
    value: year.value * 10_000 + month * 100,
    mantissa: month * 100,
    scale: 1,
    kind: 'date',
    raw: text.slice(start, year.end),
    date: { month, year: year.value },
  };
}
