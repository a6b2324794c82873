import type { Lang } from '../types';
import type { Approx, Quantity } from './quantities';
import { stem } from './stem';

/** The stems of the hour in words (« heures », "hours") and the mark « h »: what a time of day counts. */
const HOUR_UNITS = new Set(['h', ...['heure', 'heures', 'hour', 'hours'].flatMap((w) => [stem(w, 'fr'), stem(w, 'en')])]);

/**
 * The part of the day written after an hour on the 12-hour clock (« cinq heures de l'après-midi », « 6 heures du
 * soir », « 2 heures du matin », "five in the afternoon"): group 1 the French part, group 2 the English one.
 */
const DAY_PART_AFTER = /^\s+(?:(du\s+matin|de\s+l['’]\s*apr[eè]s-midi|du\s+soir)|in\s+the\s+(morning|afternoon|evening))(?![\p{L}])/iu;

/** Words that place a fact at a time of day before a bare English hour ("at five in the afternoon"). */
const AT_BEFORE = /(?:^|[\s(])(?:at|by|around|about|from|until|till|before|after|since)\s+$/iu;

/** A time on the 12-hour clock with its meridiem ("3am", "10.30pm", "5 p.m.", "11:15 AM"): hour, minutes, a or p. */
const MERIDIEM = /(?<![\p{L}\p{N}.,:])(\d{1,2})(?:[.:]([0-5]\d))?\s?([ap])\.?m(?![\p{L}\p{N}])/giu;

/**
 * A 24-hour time written as four digits before a time zone or "hrs" ("0300 GMT", "1945 UTC", "2130 hrs"), as wire
 * copy writes it: hour and minutes.
 */
const FOUR_DIGITS = /(?<![\p{L}\p{N}.,:$£€])([01]\d|2[0-3])([0-5]\d)(?=\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|Z|hrs)(?![\p{L}]))/gu;

/**
 * Noon written as a word after a word that places a fact at it (« à midi », « vers midi », "at noon"), lower case
 * only (« le Midi » is the south of France). Not "midday", which also writes a part of the day (« à la mi-journée »).
 */
const NOON = /(?<=(?:^|[\s(])(?:à|a|vers|at|around|about)\s+)(?:midi|noon)(?![\p{L}])/gu;

/**
 * Words before a time that make it approximate ("around 3am", « environ 3h »), as the parser reads them before a
 * figure; « vers » is not one of them there (« vers 12h » is 12 h), so neither is it before « midi ».
 */
const ABOUT_BEFORE = /(?:^|[\s(])(environ|around|about|approximately)\s+$/iu;

/**
 * The times of day a figure alone does not give: the hour of a 12-hour clock read with its part of the day
 * (« cinq heures de l'après-midi » is 17 h, « 2 heures du matin » 2 h, "five in the evening" 17 h), with its
 * meridiem ("3am" 3 h, "10.30pm" 22.5 h, "12am" 0 h), a 24-hour time in four digits ("0300 GMT" is 3 h, not 300)
 * and noon in words (« vers midi » is about 12 h). Each is counted in hours (unit `h`, or the hour word as written)
 * and marked `clockWritten`, as its figure is not its value: a fix writes the source's expression in its place.
 * An hour of 12 is left as read (noon or midnight, which the words do not always settle), and so is a morning
 * hour (« 4h du matin » is 4 h: its words stay the context a passage's is compared with); a part of the day after
 * an hour past 12 (« 17 h du soir ») changes nothing.
 * Quantities the new times overlap ("0400 GMT" read as 400 of a unit "gmt", "5 p.m" as 5 of a unit "p.m") are dropped.
 */
export function withTimesOfDay(text: string, lang: Lang, quantities: Quantity[]): Quantity[] {
  const read = quantities.map((q) => withDayPart(text, lang, q));
  const found = [...meridiemTimes(text), ...fourDigitTimes(text), ...noonTimes(text)];
  if (found.length === 0) return read;
  const kept = read.filter((q) => !found.some((t) => q.start < t.end && t.start < q.end));
  return [...kept, ...found].sort((a, b) => a.start - b.start);
}

/** The quantity read as a time of the part of the day written after it, or as read when none follows. */
function withDayPart(text: string, lang: Lang, q: Quantity): Quantity {
  if (q.kind !== 'number') return q;
  const part = DAY_PART_AFTER.exec(text.slice(q.end));
  if (!part) return q;
  const bareEnglishHour = part[2] !== undefined && q.unit === undefined && AT_BEFORE.test(text.slice(0, q.approxStart ?? q.start));
  if (!bareEnglishHour && (q.unit === undefined || !HOUR_UNITS.has(q.unit))) return q;
  if (part[1] !== undefined && lang !== 'fr') return q;
  const hour = Math.floor(q.value);
  if (hour < 1 || hour > 12) return q;
  const words = (part[1] ?? part[2]).toLowerCase();
  const evening = /soir|evening/.test(words);
  const afternoon = /midi|afternoon/.test(words);
  // The morning, or noon in the afternoon, changes no value: the quantity stays as read, as the words after it.
  if (hour === 12 || !(evening || afternoon)) return q;
  const value = rounded(q.value + 12);
  const end = q.end + part[0].length;
  return { ...q, value, mantissa: value, end, raw: text.slice(q.start, end), unit: q.unit ?? 'h', clockWritten: true };
}

/** The 12-hour times with a meridiem in `text` ("3am", "5 p.m."). */
function meridiemTimes(text: string): Quantity[] {
  const times: Quantity[] = [];
  for (const m of text.matchAll(MERIDIEM)) {
    const hour = Number(m[1]);
    if (hour < 1 || hour > 12) continue;
    // "The 2 PM candidates": a bare figure before "PM" or "AM" in capitals, no minutes and no dots, may count
    // prime ministers; "11:15 AM" and "5 P.M." are times.
    if (m[2] === undefined && /^\s?[AP]M$/.test(m[0].slice(m[1].length))) continue;
    const pm = m[3].toLowerCase() === 'p';
    const hour24 = pm && hour < 12 ? hour + 12 : !pm && hour === 12 ? 0 : hour;
    const numberEnd = m.index + m[1].length + (m[2] !== undefined ? m[2].length + 1 : 0);
    times.push(clockTime(text, m.index, numberEnd, m.index + m[0].length, hour24 + Number(m[2] ?? 0) / 60));
  }
  return times;
}

/** The 24-hour times in four digits before a time zone in `text` ("0300 GMT"): the digits only, the zone after them. */
function fourDigitTimes(text: string): Quantity[] {
  return [...text.matchAll(FOUR_DIGITS)].map((m) => clockTime(text, m.index, m.index + 4, m.index + 4, Number(m[1]) + Number(m[2]) / 60));
}

/** Noon in words in `text` (« à midi », "at noon"): 12 h. */
function noonTimes(text: string): Quantity[] {
  return [...text.matchAll(NOON)].map((m) => clockTime(text, m.index, m.index + m[0].length, m.index + m[0].length, 12));
}

/** A value rounded as the parser rounds every value (quantities.ts), so that "9:05 pm" and « 21h05 » are equal. */
function rounded(value: number): number {
  return Number(value.toPrecision(12));
}

/** A time of day of `value` hours written at `text[start, end)`, approximate after "around", « environ »… */
function clockTime(text: string, start: number, numberEnd: number, end: number, hours: number): Quantity {
  const value = rounded(hours);
  const about = ABOUT_BEFORE.exec(text.slice(0, start));
  const approx: { approx: Approx; approxStart: number } | undefined = about ? { approx: 'about', approxStart: start - about[0].length + about[0].indexOf(about[1]) } : undefined;
  return { start, end, numberStart: start, numberEnd, value, mantissa: value, scale: 1, kind: 'number', unit: 'h', raw: text.slice(start, end), clockWritten: true, ...approx };
}

/**
 * Where a time of day ends with the part of the day written right after it (« 6 heures du matin », « 5h30 du
 * matin »): the offset in `text` past the part's words, or the quantity's end when none follows it (or when the
 * quantity already holds them, as an afternoon or evening hour read by withTimesOfDay does). A fix writes or
 * replaces the time with its part of the day, so that no part of the day is left contradicting the written figure.
 */
export function endWithDayPart(text: string, q: Quantity): number {
  if (q.unit === undefined || !HOUR_UNITS.has(q.unit)) return q.end;
  const part = DAY_PART_AFTER.exec(text.slice(q.end));
  return part ? q.end + part[0].length : q.end;
}
