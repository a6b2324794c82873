import type { Quantity } from '../text/quantities';

/**
 * A count joined to a counted value before it by "and" or « et » writes no noun of its own: it counts the same noun
 * (« 290 personnes ont péri et 500 ont été blessées », "killed 40 people and injured 120"). The parser leaves it
 * without a unit, so it met no value to compare with; the noun of the value it is joined to is its noun.
 */

/** Only a conjunction (and a comma, and words of a verb before it) between the counted value and the count: « et », "and". */
const JOINED = /^(?:\s+[\p{L}’'-]+){0,4}?\s*,?\s+(?:et|and)\s+$/iu;

/**
 * The unit of the counted value a bare count is joined to (see {@link JOINED}): the unit of the nearest number with
 * a unit before `q` in `text`, at most four words and "and"/« et » between them. Undefined when `q` is no count
 * without a unit (a year, a date, an amount, a share…) or no such value comes right before it.
 */
export function elidedUnit(text: string, q: Quantity, quantities: readonly Quantity[]): string | undefined {
  if (q.kind !== 'number' || q.unit !== undefined) return undefined;
  const start = q.approxStart ?? q.start;
  const before = quantities.filter((o) => o !== q && o.end <= start).sort((a, b) => b.end - a.end)[0];
  if (!before || before.kind !== 'number' || before.unit === undefined) return undefined;
  return JOINED.test(text.slice(before.end, start)) ? before.unit : undefined;
}
