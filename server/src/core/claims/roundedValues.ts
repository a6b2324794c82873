import type { Quantity } from '../text/quantities';

/**
 * The rounding step a figure's writing implies, in the figure's own units (euros, persons…): the value of one unit of
 * its last written digit. « 0,065 M€ » → 1 000 (three decimals of a million), « 64,5 milliers » → 100, « 65 000 » →
 * 1 000 (an integer's trailing zeros), « 65 millions » → 1 000 000, « 64 523 » → 1. Undefined for what is not a plain
 * figure (a date, a year, a fraction in words, a figure in words, a bound or an approximation, which have rules of
 * their own: see sameQuantity).
 */
export function roundingStep(q: Quantity): number | undefined {
  if ((q.kind !== 'number' && q.kind !== 'money') || q.approx || q.fraction || q.words || !Number.isFinite(q.mantissa) || q.mantissa <= 0) return undefined;
  const decimals = q.decimalSeparator ? (new RegExp(`\\d\\${q.decimalSeparator}(\\d+)`).exec(q.raw)?.[1].length ?? 0) : 0;
  if (decimals > 0) return 10 ** -decimals * q.scale;
  let zeros = 0;
  for (let m = Math.round(q.mantissa); m >= 10 && m % 10 === 0; m /= 10) zeros++;
  return 10 ** zeros * q.scale;
}

/**
 * Whether the claim's figure is the source's figure rounded at the precision the claim's writing implies
 * ({@link roundingStep}): « 65 000 euros », « 0,065 M€ » and « 64,5 milliers d'euros » for « 64.523 euros », not « 63.000
 * euros »; the claim strictly less precise than the source (an equal figure is no rounding), round half up as the press
 * does. Both plain figures of the same kind (bounds and approximations are compared by sameQuantity).
 */
export function roundsTo(claim: Quantity, source: Quantity): boolean {
  if (claim.kind !== source.kind || (claim.unit && source.unit && claim.unit !== source.unit)) return false;
  const step = roundingStep(claim);
  const sourceStep = roundingStep(source);
  if (step === undefined || sourceStep === undefined || sourceStep >= step) return false;
  return Math.abs(Math.floor(source.value / step + 0.5) * step - claim.value) < step / 1000;
}
