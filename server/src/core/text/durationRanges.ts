import { durationDays, sameUnitOfTime, type Quantity } from './quantities';

/**
 * A duration in another unit than another's is one measure, in days, but a month or a year has no one length: "three
 * months" lasts 89 to 92 days, "a year" 365 or 366. Two durations agree when the spans of days they can last meet
 * ("90 days" and « trois mois »), differ clearly when they are far apart ("six months" and "90 days"), and are left
 * undecided in between ("12 weeks" and "three months": a writer may round either way).
 */

/** Days of the months of four years from a leap year's January: every run of consecutive months is one of this cycle's. */
const MONTH_CYCLE = Array.from({ length: 48 }, (_, i) => [31, i < 12 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][i % 12]);

const monthRanges = new Map<number, [number, number]>();

/** The fewest and most days `n` consecutive calendar months last (Gregorian, century years aside). */
function daysOfMonths(n: number): [number, number] {
  let range = monthRanges.get(n);
  if (!range) {
    let min = Infinity;
    let max = 0;
    for (let start = 0; start < MONTH_CYCLE.length; start++) {
      let days = 0;
      for (let k = 0; k < n; k++) days += MONTH_CYCLE[(start + k) % MONTH_CYCLE.length];
      min = Math.min(min, days);
      max = Math.max(max, days);
    }
    range = [min, max];
    monthRanges.set(n, range);
  }
  return range;
}

/** Days per unit as quantities.ts counts them for a month and a year (on average). */
const MONTH_DAYS = 30.44;
const YEAR_DAYS = 365.25;
/** Runs of months or years longer than this are read by their average length at the unit's bounds (no table past it). */
const LONGEST_COUNTED = 1200;

/**
 * The fewest and most days a duration can last: a day, a week, an hour exactly; `n` months as `n` consecutive
 * calendar months do (a month 28–31 days), `n` years with as few or as many leap days as `n` consecutive years hold
 * (365–366 days each). Undefined for a value that is no duration (see {@link durationDays}).
 */
export function durationDayRange(q: Quantity): [number, number] | undefined {
  const days = durationDays(q);
  if (days === undefined) return undefined;
  const perUnit = q.value === 0 ? 0 : days / q.value;
  const whole = Number.isInteger(q.value) && q.value > 0 && q.value <= LONGEST_COUNTED;
  if (Math.abs(perUnit - MONTH_DAYS) < 1e-6) return whole ? daysOfMonths(q.value) : [q.value * 28, q.value * 31];
  if (Math.abs(perUnit - YEAR_DAYS) < 1e-6) return whole ? [365 * q.value + Math.floor(q.value / 4), 365 * q.value + Math.ceil(q.value / 4)] : [q.value * 365, q.value * 366];
  return [days, days];
}

/**
 * How far apart two durations' spans of days may be and still be left undecided, as a share of the coarser unit's
 * days: a writer rounds to the nearest unit ("12 weeks" for three months, five days short of 89 while a month is
 * 30), so less than half that unit apart is a rounding; "42 years" and « 38 ans » are not.
 */
const UNDECIDED_SHARE_OF_UNIT = 0.5;

/** Days in one unit of a duration (a month and a year on average). */
function unitDays(q: Quantity): number {
  return q.value === 0 ? 0 : (durationDays(q) ?? 0) / q.value;
}

/**
 * How two durations written in different units compare: 'same' when the spans of days they can last meet, 'near'
 * when they are apart by less than half the coarser unit (neither stated nor in conflict), 'different' past that.
 * Undefined when either is no duration, both have one unit (in either language: "years" and « ans »), or either is
 * a bound or an approximation (compared as quantities.ts's sameQuantity does).
 */
export function compareDurations(a: Quantity, b: Quantity): 'same' | 'near' | 'different' | undefined {
  if (a.unit === b.unit || sameUnitOfTime(a, b) || a.approx !== undefined || b.approx !== undefined) return undefined;
  const ra = durationDayRange(a);
  const rb = durationDayRange(b);
  if (!ra || !rb) return undefined;
  if (ra[0] <= rb[1] + 1e-9 && rb[0] <= ra[1] + 1e-9) return 'same';
  const gap = Math.max(ra[0] - rb[1], rb[0] - ra[1]);
  return gap < UNDECIDED_SHARE_OF_UNIT * Math.max(unitDays(a), unitDays(b)) ? 'near' : 'different';
}
