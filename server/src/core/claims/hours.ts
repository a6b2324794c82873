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
