import { monthNumber } from '../text/calendarDate';
import type { Quantity } from '../text/quantities';
import { loneMonths } from './months';

/**
 * Figures told time by time. A passage that lists one measure for several times (« 43 en 2016, 57 en 2017 et 48 en
 * 2018 », "fell to 94.2 in early February from 95.5 in January") ties each figure to the time written right after
 * it. A claim that gives one of those figures the time the passage ties to another figure (« En 2017, 48 arrêtés »,
 * "fell to 95.5 in early February") takes another time's value: the passage writes its figure and its time, but
 * not as one fact, and states no claim.
 */

/** A time a text writes: a year, a date, or a month written alone ("in January", « en mars »). */
interface TimeMention {
  start: number;
  year?: number;
  month?: number;
  day?: number;
}

/**
 * What may stand between a figure and the time that dates it (« 57 en 2017 », "94.2 in early February", « 1,3 %
 * pour 2020 », "2.1% for 2019"): prepositions, articles and words that place a fact within the time.
 */
const BETWEEN_FIGURE_AND_TIME = /^[\s,]*(?:(?:en|in|au|pour|for|on|at|le|la|l['’]|the|of|de|du|début|fin|mi|early|late|mid|during|durant|courant)[\s-]+)*$/iu;
/** How far (characters) a time may stand after the figure it dates. */
const maxGap = 30;

/** The times a text writes (see {@link TimeMention}), in text order. */
function timesOf(text: string, quantities: readonly Quantity[]): TimeMention[] {
  const times: TimeMention[] = [];
  for (const q of quantities) {
    if (q.kind === 'year') times.push({ start: q.approxStart ?? q.start, year: q.value });
    else if (q.date) times.push({ start: q.start, year: q.date.year, month: q.date.month, day: q.date.day });
  }
  for (const m of loneMonths(text)) {
    if (!quantities.some((q) => q.date && q.start <= m.start && m.end <= q.end)) times.push({ start: m.start, month: monthNumber(m.norm) });
  }
  return times.sort((a, b) => a.start - b.start);
}

/** Whether two times are the same at the precision both write (a month alone and that month of a year are). */
function sameTime(a: TimeMention, b: TimeMention): boolean {
  const parts = (['year', 'month', 'day'] as const).filter((k) => a[k] !== undefined && b[k] !== undefined);
  return parts.length > 0 && parts.every((k) => a[k] === b[k]);
}

/** Whether a quantity is a time itself (a year or a date), not a figure a time dates. */
const isTime = (q: Quantity) => q.kind === 'year' || q.date !== undefined;

/** The time written right after a figure (see {@link BETWEEN_FIGURE_AND_TIME}); undefined when none. */
function timeAfter(text: string, figure: Quantity, times: readonly TimeMention[]): TimeMention | undefined {
  const next = times.find((t) => t.start >= figure.end);
  if (!next || next.start - figure.end > maxGap) return undefined;
  return BETWEEN_FIGURE_AND_TIME.test(text.slice(figure.end, next.start)) ? next : undefined;
}

/**
 * The claim figure a passage ties to another time than the claim's, with the passage's figure of the claim's time,
 * of the same kind (see the file's comment); undefined when there is none. A claim figure is dated by the time
 * written right after it, or by the claim's one time when the claim writes one figure and one time (« En 2017, 48
 * arrêtés »); a passage figure only by the time right after it. Undefined when the passage also writes the claim's
 * figure with the claim's time or undated, and when it does not pair both (a passage that dates one figure and
 * leaves the other undated tells nothing against it). `sameValue`: whether a claim figure and a passage figure are
 * the same value (the checker's comparison).
 */
export function figureOfAnotherTime(
  claimText: string,
  claimQuantities: readonly Quantity[],
  passage: string,
  passageQuantities: readonly Quantity[],
  sameValue: (claim: Quantity, source: Quantity) => boolean,
): { claim: Quantity; source: Quantity } | undefined {
  const claimTimes = timesOf(claimText, claimQuantities);
  const claimFigures = claimQuantities.filter((q) => !isTime(q));
  if (claimTimes.length === 0 || claimFigures.length === 0) return undefined;
  const passageTimes = timesOf(passage, passageQuantities);
  const passageFigures = passageQuantities.filter((q) => !isTime(q)).map((q) => ({ q, time: timeAfter(passage, q, passageTimes) }));
  for (const figure of claimFigures) {
    const time = timeAfter(claimText, figure, claimTimes) ?? (claimFigures.length === 1 && claimTimes.length === 1 ? claimTimes[0] : undefined);
    if (!time) continue;
    const same = passageFigures.filter((p) => sameValue(figure, p.q));
    if (same.length === 0 || same.some((p) => !p.time || sameTime(p.time, time))) continue;
    const timed = passageFigures.filter((p) => p.time && sameTime(p.time, time) && !sameValue(figure, p.q) && same.some((s) => p.q.kind === s.q.kind && (p.q.unit === s.q.unit || !p.q.unit || !s.q.unit)));
    // One figure of the claim's time: the value of the claim's fact then; two leave it unsaid.
    if (timed.length === 1) return { claim: figure, source: timed[0].q };
  }
  return undefined;
}
