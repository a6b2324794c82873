import type { Quantity } from '../text/quantities';

/**
 * A range is one value, its two bounds together (« cinq à dix ans », « entre 60 et 150 ouvriers », "10 to 15
 * years"): the same figure as the lower bound of one range and the upper bound of another states neither range
 * (« cinq à dix ans » is not stated by « dix à quinze ans »), and a bound beyond a range's end is not stated by it
 * (« plus de 150 ouvriers » is not « entre 60 et 150 ouvriers »). Such a value is neither stated nor in conflict:
 * the claim is left unsupported at most.
 */

/** Between two bounds: « à », "to", a dash (« 5 à 10 », "5 to 10", "5-10"). */
const LINK = /^\s*(?:à|to|[-–—])\s*$/iu;
/** « et », "and" link bounds after « entre », "between" only (« entre 60 et 150 »). */
const AND_LINK = /^\s*(?:et|and)\s*$/iu;
const BETWEEN_BEFORE = /(?:^|[\s(])(?:entre|between)\s*$/iu;

/** Whether quantities `a` and `b` (a before b) of `text` are the bounds of one range. */
function bounds(text: string, a: Quantity, b: Quantity): boolean {
  if (a.kind === 'date' || b.kind === 'date' || a.kind === 'year' || b.kind === 'year' || a.approx || b.approx) return false;
  const between = text.slice(a.end, b.approxStart ?? b.start);
  if (LINK.test(between)) return true;
  return AND_LINK.test(between) && BETWEEN_BEFORE.test(text.slice(Math.max(0, (a.approxStart ?? a.start) - 12), a.approxStart ?? a.start));
}

/** Which bound of a range of `text` the quantity `q` is (`quantities`: all of the text's, in order), or undefined when it is no bound. */
export function rangeBound(text: string, q: Quantity, quantities: readonly Quantity[]): 'lower' | 'upper' | undefined {
  const i = quantities.indexOf(q);
  if (i < 0) return undefined;
  if (i + 1 < quantities.length && bounds(text, q, quantities[i + 1])) return 'lower';
  if (i > 0 && bounds(text, quantities[i - 1], q)) return 'upper';
  return undefined;
}

/**
 * Whether the claim's value `q` and the source's equal value `s` are different parts of ranges: bounds of two ranges
 * that are not the same bound (« cinq à dix ans », « dix à quinze ans »), or a claim's bound beyond the source
 * range's end (« plus de 150 » for the upper bound of « entre 60 et 150 », « moins de 60 » for its lower bound).
 */
export function otherRangeBound(claim: { text: string; quantities: readonly Quantity[] }, q: Quantity, source: { text: string; quantities: readonly Quantity[] }, s: Quantity): boolean {
  const sourceBound = rangeBound(source.text, s, source.quantities);
  if (!sourceBound) return false;
  const claimBound = rangeBound(claim.text, q, claim.quantities);
  if (claimBound) return claimBound !== sourceBound;
  if (q.approx === 'more-than') return sourceBound === 'upper';
  if (q.approx === 'less-than') return sourceBound === 'lower';
  return false;
}
