import type { Quantity } from '../text/quantities';

/**
 * A speed: a length or a count per unit of time (« 110 km/h », « 15 kilomètres à l'heure », "70 miles per hour",
 * "3 m/s", "40 mph"). The quantity parser reads « 110 km/h » as « 110 km » (the unit token before the slash), so
 * a storm 145 km from a town and a storm moving at 15 km/h would give two values of one measure; a distance is no
 * value of a speed, nor the other way round.
 */

/** What follows a unit of length to make it a speed: a slash and a unit of time, or « à l'heure », "per hour", "an hour". */
const PER_TIME_AFTER = /^\s*(?:\/\s*(?:h|s|min|heure|hour)(?![\p{L}])|(?:à\s+l['’]|de\s+l['’]|par\s+|per\s+|an\s+|a\s+)(?:heure|hour|seconde|second|minute)(?![\p{L}]))/iu;

/**
 * Whether a value of `text` is a speed: a per-time unit written right after it (« km/h », « kilomètres à l'heure »,
 * "miles per hour") or the unit "mph". False for anything else, a bare figure included.
 */
export function isSpeed(text: string, q: Quantity): boolean {
  if (q.kind !== 'number' || q.unit === undefined) return false;
  return q.unit === 'mph' || PER_TIME_AFTER.test(text.slice(q.end));
}
