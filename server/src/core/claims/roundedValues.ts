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
 * The coarsest rounding read as one (step over value): a figure of two significant digits from 40 up (« 65 000 »,
 * « 0,065 M€ »: 1.5 %). A round figure of one digit or a small one (« 30 », « 3 000 », « 150 ») may as well be exact:
 * read as a rounding, it met other figures of the same measure in other articles (selfcheck, figures ×1.5: three
 * perturbed sentences of real-dev fr were no longer contradicted with the step unbounded; none with this bound).
 */
const MAX_RELATIVE_STEP = 0.025;

/**
 * Whether the claim's figure is the source's figure rounded at the precision the claim's writing implies
 * ({@link roundingStep}): « 65 000 euros », « 0,065 M€ » and « 64,5 milliers d'euros » for « 64.523 euros », not « 63.000
 * euros »; the claim strictly less precise than the source (an equal figure is no rounding), round half up as the press
 * does, at most {@link MAX_RELATIVE_STEP} of the claim's value. Both plain figures of the same kind (bounds and approximations are compared by sameQuantity).
 */
export function roundsTo(claim: Quantity, source: Quantity): boolean {
  if (claim.kind !== source.kind || (claim.unit && source.unit && claim.unit !== source.unit)) return false;
  const step = roundingStep(claim);
  const sourceStep = roundingStep(source);
  if (step === undefined || sourceStep === undefined || sourceStep >= step || step > MAX_RELATIVE_STEP * claim.value) return false;
  return Math.abs(Math.floor(source.value / step + 0.5) * step - claim.value) < step / 1000;
}
