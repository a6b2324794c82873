import * as chronoEn from 'chrono-node/en';
import * as chronoFr from 'chrono-node/fr';
import type { Lang } from '../types';
import { fold } from './normalize';
import type { Quantity } from './quantities';

/**
 * Calendar dates with a day and a month ("le 14 mars dernier", "lundi 15 avril 2019", "on June 25", "12/02"),
 * read with chrono-node (MIT; `chrono.fr`, `chrono.en`). Measured on the real-dev claims and evidence passages
 * (250 sentences): chrono ≈ 0.1 ms per sentence and 55 KB bundled for both locales, against 6–18 ms per sentence
 * and 2.6 MB for @microsoft/recognizers-text-date-time, which also read "12/02" as the number 6.
 */

/** A date's parts as written: a month always, a day and a year when given. */
export interface CalendarDate {
  day?: number;
  month: number;
  year?: number;
  /** The month comes before the day as written ("June 25"). */
  monthFirst?: boolean;
  /** The last day of a range of days (« dans la nuit du 29 au 30 juin », "from 16 to 17 February"). */
  until?: { day: number; month: number };
}

const chronoOf: Record<Lang, { parse: typeof chronoFr.parse }> = { fr: chronoFr, en: chronoEn };
/** A fixed reference: only what is written counts, never a year guessed from today. */
const reference = new Date(2000, 0, 1);
/** Month names and their press abbreviations, French and English, folded. */
const MONTH_NAME =
  /(?:^|[^\p{L}])(?:janv(?:ier)?|f[ée]v(?:r(?:ier)?)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|october|november|december)\.?(?![\p{L}])/iu;
const NUMERIC_DATE = /^\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/;

/** A unit of duration: a chrono match that holds one is a time from now (« en sept secondes »), not a date. */
const DURATION_UNIT = /(?<![\p{L}])(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans|années?|seconds?|hours?|days?|weeks?|months?|years?)(?![\p{L}])/iu;

/**
 * The day-and-month dates of `text`, as quantities of kind 'date' (value: month × 100 + day, plus year × 10 000
 * when written). Month-only dates and times are left out; so are numeric dates whose day or month is not two
 * digits ("3/4" is a fraction). The range covers the day and month (and year when written); a weekday before
 * them is not part of the value.
 */
export function parseDates(text: string, lang: Lang): Quantity[] {
  if (!/\d/.test(text)) return [];
  const dates: Quantity[] = [];
  for (const result of chronoResults(text, lang)) {
    const start = result.start;
    if (!start.isCertain('month') || !start.isCertain('day')) continue;
    // A numeric date and the time chrono reads after it (« le 12/04/2018 à 10 heures »): the date is its first part.
    const numericText = numericDateOf(result.text, start.isCertain('hour'));
    const numeric = numericText !== undefined;
    if (!numeric && !MONTH_NAME.test(result.text)) continue;
    // A time from now in words (« en sept secondes », "in seven days"): chrono reads a date; « sept » is no month there.
    if (DURATION_UNIT.test(numericText ?? result.text)) continue;
    // « 3/4 » is a fraction; with a year written in full (« 3/4/2013 ») it is a date.
    if (numeric && !/^\d{2}[/.-]\d{2}/.test(numericText) && !/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(numericText)) continue;
    // English writes month first (US) or day first (UK): « 03/04/2013 » is read neither way (see ambiguousDayMonth).
    if (numeric && lang === 'en' && ambiguousDayMonth(numericText)) continue;
    const day = start.get('day')!;
    const month = start.get('month')!;
    // A year must be written in full: chrono reads « le 3 mai, 61 % » as 1961.
    const fullYear = /(?<!\d)\d{4}(?!\d)/.test(result.text);
    const year = start.isCertain('year') && fullYear ? start.get('year')! : undefined;
    // The time chrono reads with the date (« le 22 avril à 19h ») is no part of its span: it stays a value of its own.
    const dated = start.isCertain('hour') ? withoutTime(result.text) : result.text;
    const text = withoutBareHour(start.isCertain('year') && !fullYear && !numeric ? dated.slice(0, monthEnd(dated)) : dated);
    const span = valueSpan(text, result.index);
    const end = result.end?.isCertain('day') ? { day: result.end.get('day')!, month: result.end.get('month')! } : undefined;
    const until = end && (end.day !== day || end.month !== month) ? { until: end } : {};
    const date: CalendarDate = { day, month, ...(year !== undefined ? { year } : {}), ...(monthFirstWritten(span.raw) ? { monthFirst: true } : {}), ...until };
    dates.push({
      start: span.start,
      end: span.end,
      numberStart: span.start,
      numberEnd: span.end,
      value: month * 100 + day + (year ?? 0) * 10_000,
      mantissa: month * 100 + day,
      scale: 1,
      kind: 'date',
      raw: span.raw,
      date,
    });
  }
  return [...dates, ...listedDays(text, dates)].sort((a, b) => a.start - b.start);
}

/** A day of the month listed before another one (« les 2 et 3 », « 1er, 2 ou 3 », "2 and 3"), read back from the next day. */
const LISTED_DAY_BEFORE = /(?<![\p{N}.,/-])(\d{1,2})(?:er|st|nd|rd|th)?\s*(?:,|et|ou|and|or|&)\s*$/u;

/**
 * The days a list writes before a written date, of its month (« les 2 et 3 novembre 1984 »: 2 November; "on 2 and 3
 * November"): chrono reads only the last day, and the day before it stayed a plain number, so that a claim's
 * « 02/11/1984 » found no date in the passage to compare with. The year is left to the last day, which writes it
 * (a wrong year is compared and fixed there once). Only dates written day first, not ranges (« du 2 au 3 »); each
 * day of 1–31 before the next.
 */
function listedDays(text: string, dates: readonly Quantity[]): Quantity[] {
  const listed: Quantity[] = [];
  for (const last of dates) {
    const date = last.date!;
    if (date.day === undefined || date.monthFirst || date.until || !/^\d/.test(last.raw)) continue;
    let next = date.day;
    let before = last.start;
    for (;;) {
      const match = LISTED_DAY_BEFORE.exec(text.slice(Math.max(0, before - 16), before));
      const day = match ? Number(match[1]) : 0;
      if (!match || day < 1 || day >= next) break;
      const start = before - match[0].length;
      const end = start + match[1].length;
      // No year: the list writes it once, with its last day, where a wrong year is compared and fixed.
      listed.push({ start, end, numberStart: start, numberEnd: end, value: date.month * 100 + day, mantissa: date.month * 100 + day, scale: 1, kind: 'date', raw: text.slice(start, end), date: { day, month: date.month } });
      next = day;
      before = start;
    }
  }
  return listed;
}

/** What {@link parseDates} reads of a chrono match. */
interface ChronoMatch {
  text: string;
  index: number;
  start: ChronoComponents;
  end?: ChronoComponents;
}
type ChronoComponents = ReturnType<typeof chronoFr.parse>[number]['start'];

/**
 * chrono's matches in `text`, each read again after its first comma when chrono lost its day and month: chrono
 * merges a part of the day with the date after it (« du matin, lundi 17 juin », « soir, samedi 25 juillet ») into
 * one match that knows neither the day nor the month (chrono-node 2.x, French), so the date was dropped.
 */
function chronoResults(text: string, lang: Lang): ChronoMatch[] {
  return chronoOf[lang].parse(text, reference).flatMap((result): ChronoMatch[] => {
    const comma = result.text.indexOf(',');
    if ((result.start.isCertain('month') && result.start.isCertain('day')) || comma < 0) return [result];
    const offset = result.index + comma + 1;
    return chronoOf[lang].parse(result.text.slice(comma + 1), reference).map((r) => ({ text: r.text, index: offset + r.index, start: r.start, ...(r.end ? { end: r.end } : {}) }));
  });
}

/** A weekday, with its comma, at the start of a chrono match (« dimanche 29/12/2019 », "Sunday, 29/12/2019"). */
const LEADING_WEEKDAY = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s+/iu;

/** A numeric date at the start of a chrono match, before a time chrono read with it (« 12/04/2018 à 10 heures »). */
const NUMERIC_DATE_BEFORE_TIME = /^(\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)\s+(?:à|a|at|vers|,)?\s*\d/iu;

/**
 * The numeric date a chrono match writes (« 12/04/2018 »): the whole match, or its first part when chrono read a
 * time after it (`hasTime`: « 12/04/2018 à 10 heures », "12/04/2018 at 10am"); undefined when the match is no
 * numeric date.
 */
function numericDateOf(text: string, hasTime: boolean): string | undefined {
  // A weekday chrono reads with the date (« dimanche 29/12/2019 », "Sunday 29/12/2019") is no part of the date's figures.
  const figures = text.replace(LEADING_WEEKDAY, '');
  if (NUMERIC_DATE.test(figures)) return figures;
  return hasTime ? NUMERIC_DATE_BEFORE_TIME.exec(figures)?.[1] : undefined;
}

/**
 * Whether a numeric date's first two numbers could each be the month ("03/04/2013": 3 April in British English,
 * March 4 in American English): a date read one way would contradict the same date written the other way.
 */
export function ambiguousDayMonth(numericDate: string): boolean {
  const [first, second] = numericDate.split(/[/.-]/).map(Number);
  return first >= 1 && first <= 12 && second >= 1 && second <= 12 && first !== second;
}

/** The part of a chrono match that states the date: from its first digit or month name (weekday and article left out). */
function valueSpan(text: string, index: number): { start: number; end: number; raw: string } {
  const digit = text.search(/\d/);
  const month = MONTH_NAME.exec(text);
  const monthAt = month ? month.index + (/^[^\p{L}]/u.test(month[0]) ? 1 : 0) : -1;
  const skip = Math.max(0, Math.min(...[digit, monthAt].filter((i) => i >= 0)));
  const raw = text.slice(skip).replace(/[\s,.]+$/u, '');
  return { start: index + skip, end: index + skip + raw.length, raw };
}

/** A number after a comma that ends a chrono match: chrono reads it as an hour (« le 20 mars 2011, 20 000 manifestants », "on 20 March, 10 people"). */
const BARE_HOUR = /,\s*\d{1,2}$/u;

/**
 * A chrono match without a bare number after a comma at its end: a time is written with its mark (« à 23 h »,
 * "10am", "10:30"); a bare number after the date is the next figure of the sentence, which the date must not cover.
 */
function withoutBareHour(text: string): string {
  return text.replace(BARE_HOUR, '');
}

/**
 * A time of day after a date in a chrono match (« à 19h », « vers 6 h 15 », "at 10am", ", 10:30"), to its end, or
 * the hour alone that ends it (« à 19 » of « à 19 heures »: chrono leaves the word out).
 */
const TIME_AFTER_DATE = /[\s,]+(?:(?:(?:à|a|vers|dès|at|around|about|from)\s+)?\d{1,2}(?:\s*(?:h|heures?)(?![\p{L}])|[:.]\d{2}|\s*(?:am|pm|a\.m\.|p\.m\.))[\s\S]*|(?:à|vers|dès|at|around|about|from)\s+\d{1,2})$/iu;

/**
 * A chrono match without the time of day written after its date (« 22 avril 2019 à 19h » → « 22 avril 2019 »):
 * the time is a value of the sentence of its own (the parser reads « 19h », « 6 h 15 »), which a date span that
 * covered it would hide from the comparison of the claim's and the passage's values.
 */
function withoutTime(text: string): string {
  return text.replace(TIME_AFTER_DATE, '');
}

/** The end of the month name in a chrono match (what follows it is not part of the date). */
function monthEnd(text: string): number {
  const month = MONTH_NAME.exec(text);
  if (!month) return text.length;
  const afterMonth = month.index + month[0].length;
  // "June 25": the day follows the month.
  const day = /^\s+\d{1,2}(?:st|nd|rd|th|er)?(?!\d)/.exec(text.slice(afterMonth));
  return afterMonth + (day ? day[0].length : 0);
}

function monthFirstWritten(raw: string): boolean {
  return /^\p{L}/u.test(raw);
}

/**
 * Whether two dates can be the same day: same month and day, and same year when both write one; a range of days
 * holds each of its days (« du 29 au 30 juin » and « le 30 juin »).
 */
export function sameDate(a: CalendarDate, b: CalendarDate): boolean {
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  const within = (range: CalendarDate, day: number, month: number) => {
    const at = month * 100 + day;
    return at >= range.month * 100 + (range.day ?? 1) && at <= (range.until ? range.until.month * 100 + range.until.day : range.month * 100 + (range.day ?? 1));
  };
  // Two ranges are one when both ends are (« du 11 mars au 4 avril » is not « du 11 mars au 14 avril »).
  if (a.until && b.until) return a.month === b.month && a.day === b.day && a.until.month === b.until.month && a.until.day === b.until.day;
  if (a.until || b.until) return a.until ? b.day !== undefined && within(a, b.day, b.month) : a.day !== undefined && within(b, a.day, a.month);
  return a.month === b.month && a.day === b.day;
}

const MONTHS: Record<Lang, string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * `date` written in the style of `like` (the claim's date it replaces): day and month in `lang`, the month first
 * when `like` writes it so ("May 25"), numeric when `like` is numeric ("12/02"), the year only when `like` has
 * one; a month and its year when either is of month precision ("July 2002").
 */
export function formatDate(date: CalendarDate, like: Quantity, lang: Lang): string {
  const likeDate = like.date!;
  // A source date without its year keeps the writer's year: the fix corrects the day and month it compares, and
  // dropping the year would lose what the writer gave (« 23/10/2019 » → « 23/09/2019 », not « 23/09 »).
  const year = likeDate.year !== undefined ? (date.year ?? likeDate.year) : undefined;
  if (/^\d/.test(like.raw) && NUMERIC_DATE.test(like.raw)) {
    const separator = /[/.-]/.exec(like.raw)![0];
    const two = (n: number) => String(n).padStart(2, '0');
    const parts = lang === 'en' && likeDate.monthFirst ? [two(date.month), two(date.day ?? 1)] : [two(date.day ?? 1), two(date.month)];
    return [...parts, ...(year !== undefined ? [String(year)] : [])].join(separator);
  }
  const month = MONTHS[lang][date.month - 1];
  const day = date.day === 1 && lang === 'fr' ? '1er' : String(date.day);
  // A date of month precision ("June 2002", « mai 2008 ») is written as a month and its year.
  const body = date.day === undefined || likeDate.day === undefined ? month : likeDate.monthFirst ? `${month} ${day}` : `${day} ${month}`;
  if (year === undefined) return body;
  return likeDate.monthFirst && likeDate.day !== undefined ? `${body}, ${year}` : `${body} ${year}`;
}

/** Words after a day and month that place it before or after the article's date (« le 22 février dernier », "next"). */
const LAST = /^\s*(?:dernier|dernière|passé|passée)\b/iu;
const NEXT = /^\s*(?:prochain|prochaine)\b/iu;
const LAST_BEFORE = /\blast\s+$/iu;
const NEXT_BEFORE = /\bnext\s+$/iu;
const WEEKDAYS: Record<string, number> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
const WEEKDAY_BEFORE = /\b(dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s*(?:,\s*)?(?:the\s+|le\s+)?$/iu;

/**
 * The weekday written right before a date (« lundi » of « lundi 18 novembre », "Monday" of "Monday, 18 November"):
 * its word, its number (0 Sunday … 6 Saturday) and its `start`/`end` character offsets in `text`; undefined when none is.
 * `dateStart`: the offset where the date's figures start.
 */
export function weekdayBefore(text: string, dateStart: number): { word: string; day: number; start: number; end: number } | undefined {
  const from = Math.max(0, dateStart - 20);
  const match = WEEKDAY_BEFORE.exec(text.slice(from, dateStart));
  if (!match) return undefined;
  const start = from + match.index;
  return { word: match[1], day: WEEKDAYS[match[1].toLowerCase()], start, end: start + match[1].length };
}

/** The weekday's word in `lang` for its number (0 Sunday … 6 Saturday), as the language writes it (« lundi », "Monday"). */
export function weekdayName(day: number, lang: Lang): string {
  return (lang === 'fr' ? ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'] : ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'])[day];
}

/** The day of an article's date (ISO `YYYY-MM-DD`, anything after the day ignored); undefined when it is none. */
export function documentDay(documentDate: string | undefined): { year: number; month: number; day: number } | undefined {
  const dated = documentDate !== undefined ? /^(\d{4})-(\d{2})-(\d{2})/.exec(documentDate) : null;
  return dated ? { year: Number(dated[1]), month: Number(dated[2]), day: Number(dated[3]) } : undefined;
}

/**
 * `dates` of a sentence of an article dated `documentDate` (ISO `YYYY-MM-DD`), with the year of those that write
 * none filled in where the text says which: « le 22 février dernier » (the last 22 February on or before the
 * article's date), « le 3 mai prochain » (the next one), "last March 3", and a date with its weekday (« lundi 30
 * septembre »: the year within one of the article's whose 30 September is a Monday, when only one is). Other dates
 * are left without a year: a chronology's « Le 20 mars » may be any year.
 */
export function datedByDocument(dates: Quantity[], text: string, documentDate: string | undefined): Quantity[] {
  const dated = documentDay(documentDate);
  if (!dated) return dates;
  const { year, month, day } = dated;
  const docKey = month * 100 + day;
  return dates.map((q) => {
    const date = q.date;
    if (!date || date.year !== undefined || date.day === undefined) return q;
    const key = date.month * 100 + date.day;
    const after = text.slice(q.end, q.end + 20);
    const before = text.slice(Math.max(0, q.start - 20), q.start);
    let found: number | undefined;
    if (LAST.test(after) || LAST_BEFORE.test(before)) found = key <= docKey ? year : year - 1;
    else if (NEXT.test(after) || NEXT_BEFORE.test(before)) found = key >= docKey ? year : year + 1;
    else {
      const weekday = WEEKDAY_BEFORE.exec(before)?.[1];
      if (weekday) {
        const matching = [year - 1, year, year + 1].filter((y) => new Date(Date.UTC(y, date.month - 1, date.day)).getUTCDay() === WEEKDAYS[weekday.toLowerCase()]);
        if (matching.length === 1) found = matching[0];
      }
    }
    if (found === undefined) return q;
    return { ...q, value: q.value + found * 10_000, date: { ...date, year: found } };
  });
}

/** A weekday written alone, not the start of a written date (« vendredi 13 septembre »), nor a next one. */
const WEEKDAY_ALONE = /(?<![\p{L}])(dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?![\p{L}])(?!\s*,?\s*\d)(?!\s+(?:prochain|prochaine|next)\b)/giu;
/** A verb in a past tense: French passé composé or plus-que-parfait (« a expliqué », « s'est produit »), English simple past. */
const PAST: Record<Lang, RegExp> = {
  fr: /(?:^|[\s'’])(?:a|ont|avait|avaient|est|sont|était|étaient)\s+(?:\p{L}+\s+)?\p{L}+(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|erte)(?![\p{L}])/iu,
  en: /\b(?:said|told|announced|was|were|had|\p{L}+ed)\b/iu,
};
/** Words of a time to come: the weekday may be the next one (« va rouvrir mercredi », "will meet on Friday"). */
const FUTURE: Record<Lang, RegExp> = {
  fr: /(?<![\p{L}])(?:va|vont|doit|doivent|devrait|devraient|sera|seront|pourra|pourront|demain|\p{L}+(?:era|eront|ira|iront|ra|ront))(?![\p{L}])/iu,
  en: /\b(?:will|shall|is to|are to|is due|are due|tomorrow|would|next)\b/iu,
};

/**
 * The days that weekdays written alone name in a sentence of an article dated `documentDate` (ISO `YYYY-MM-DD`):
 * in a clause told in a past tense with no word of a time to come (« a ainsi expliqué le ministre devant la presse
 * vendredi », "the chairman said on Friday"), the last such weekday on or before the article's date (the press's
 * « vendredi » is the past Friday). None for a weekday in a clause about what is to come, or without a past verb.
 */
export function weekdaysDatedByDocument(text: string, lang: Lang, documentDate: string | undefined): CalendarDate[] {
  const dated = documentDay(documentDate);
  if (!dated) return [];
  const day = new Date(Date.UTC(dated.year, dated.month - 1, dated.day));
  const found: CalendarDate[] = [];
  for (const match of text.matchAll(WEEKDAY_ALONE)) {
    const clauseStart = Math.max(...[',', ';', ':', '«', '»', '"', '(', ')', '“', '”'].map((mark) => text.lastIndexOf(mark, match.index - 1))) + 1;
    const ends = [',', ';', ':', '«', '»', '"', '(', ')', '“', '”', '.'].map((mark) => text.indexOf(mark, match.index)).filter((i) => i >= 0);
    const clause = text.slice(clauseStart, ends.length > 0 ? Math.min(...ends) : text.length);
    if (!PAST[lang].test(clause) || FUTURE[lang].test(clause)) continue;
    const back = (day.getUTCDay() - WEEKDAYS[match[1].toLowerCase()] + 7) % 7;
    const then = new Date(day.getTime() - back * 86_400_000);
    found.push({ day: then.getUTCDate(), month: then.getUTCMonth() + 1, year: then.getUTCFullYear() });
  }
  return found;
}

/** Folded month names, French and English, by number. */
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  [...MONTHS.fr.map((m, i) => [m, i + 1] as const), ...MONTHS.en.map((m, i) => [m, i + 1] as const)].map(([m, i]) => [fold(m), i] as const),
);

/**
 * The year of a month an article of `documentDate` (ISO `YYYY-MM-DD`) places before or after its own (« en août
 * dernier », « en mars prochain », "last August", "next March"): `month` is the folded month name; the year of the
 * last such month before the article's month, or of the next one after it. Undefined when the text does not write
 * the month so, when the article has no date, or when the month is the article's own (« août dernier » in August
 * may be either year).
 */
export function monthYearByDocument(text: string, month: string, documentDate: string | undefined): number | undefined {
  const dated = documentDay(documentDate);
  const number = MONTH_NUMBERS.get(month);
  if (!dated || number === undefined) return undefined;
  const { year, month: docMonth } = dated;
  if (number === docMonth) return undefined;
  const folded = fold(text);
  const name = month.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`(?<![\\p{L}])${name}\\s+(?:dernier|passe)(?![\\p{L}])|\\blast\\s+${name}\\b`, 'u').test(folded)) return number < docMonth ? year : year - 1;
  if (new RegExp(`(?<![\\p{L}])${name}\\s+prochain(?![\\p{L}])|\\bnext\\s+${name}\\b`, 'u').test(folded)) return number > docMonth ? year : year + 1;
  return undefined;
}
