import type { Quantity } from '../text/quantities';
import { stem } from '../text/stem';

/** The stems of the hour written in words, French and English (« heures », "hours"), besides the mark « h ». */
const HOUR_STEMS = new Set(['heure', 'heures', 'hour', 'hours'].flatMap((w) => [stem(w, 'fr'), stem(w, 'en')]));

/**
 * Whether two numbers are both counted in hours, one written with the mark « h » (« de 8 h à 19 h », « 6 h 15 »)
 * and the other with the word (« de 8 heures à 19 heures », "8 hours"): the same unit, as « km » and « kilomètres ».
 * The parser keeps « h » as written, so that a fix writes the source's time in the writer's form (findings.ts).
 */
export function sameHourUnit(a: Quantity, b: Quantity): boolean {
  return a.unit !== b.unit && countsHours(a) && countsHours(b);
}

/** Whether a number is counted in hours, with the mark « h » or the word (« 6 h 15 », « 19 heures », "8 hours"). */
export function countsHours(q: Quantity): boolean {
  return q.kind === 'number' && q.unit !== undefined && (q.unit === 'h' || HOUR_STEMS.has(q.unit));
}

/** A clock time written with the mark « h » and its minutes: hour, the spaces around « h », minutes (« 22 h 50 », « 23h50 »). */
const CLOCK_WITH_MARK = /^(\d{1,2})(\s*)h(\s*)(\d{2})$/u;

/**
 * The source's clock time written in the claim's style, when both are hours and minutes with the mark « h »
 * (« 23h50 » in place of « 22 h 50 » is written « 23 h 50 »), as a fix of a number keeps the writer's separators;
 * `undefined` when either is written otherwise (« 19 heures », "8 hours"), where the caller writes the source's
 * expression as is.
 */
export function clockInClaimStyle(claim: Quantity, source: Quantity): string | undefined {
  const written = CLOCK_WITH_MARK.exec(claim.raw);
  const given = CLOCK_WITH_MARK.exec(source.raw);
  if (!written || !given) return undefined;
  return `${given[1]}${written[2]}h${written[3]}${given[4]}`;
}

/** A universal time written after a clock time (« 18H42 GMT », "18:42 UTC", « 18 h 42 TU »). */
const UNIVERSAL_AFTER = /^\s*(?:GMT|UTC|TU|Z)(?![\p{L}\p{N}])/u;

/**
 * Whether a clock time is written as universal time: « GMT », "UTC", « TU » right after it. Wire copy gives one
 * moment twice, in local and universal time (« à 14H42 (18H42 GMT) »): a universal time is compared only with
 * another, a local or unmarked one only with another that is not universal — they are one moment, not two values.
 */
export function inUniversalTime(text: string, q: Quantity): boolean {
  return countsHours(q) && UNIVERSAL_AFTER.test(text.slice(q.end));
}

/** A half of the day written after a time ("6pm", "6:45 pm", "11am"). */
const MERIDIEM_AFTER = /[ap]m$/i;

/**
 * Whether a number of hours is a time of day written with its half of the day ("10pm", "6:45 pm"): its figure
 * (« 22 ») does not read in place of the claim's ("23pm"), so a fix writes the source's expression as is.
 */
export function writtenWithMeridiem(q: Quantity): boolean {
  return countsHours(q) && MERIDIEM_AFTER.test(q.raw);
}

/** Half a minute, in hours: two times of day closer than this are the same minute. */
const HALF_MINUTE = 1 / 120;

/**
 * Whether two numbers of hours read the same to the minute, when both count hours and neither is approximate
 * (« 18H45 » is not « 18H42 », though 0.2 % apart, within any share that compares amounts); `undefined` when
 * either is no count of hours or is approximate (« vers 18H45 », "about 6:45pm"), which the caller compares as
 * other amounts.
 */
export function sameMinute(a: Quantity, b: Quantity): boolean | undefined {
  if (!countsHours(a) || !countsHours(b) || a.approx !== undefined || b.approx !== undefined) return undefined;
  return Math.abs(a.value - b.value) < HALF_MINUTE;
}
