import type { Quantity } from '../text/quantities';

const FULL_YEAR = /(?<!\d)\d{4}(?!\d)/;

/**
 * Whether a passage's date states the claim's year written alone (« En 2004, l'État a été condamné … » and « 28 juin
 * 2004 : L'État est condamné … »): a day that writes that year in full. Only in a passage whose every year, written
 * alone or in a date, is the claim's: a passage that writes another year may date the claim's fact by it, and the
 * comparison of years decides then. It states the value, never a conflict.
 */
export function dateInClaimYear(claim: Quantity, source: Quantity, passageQuantities: readonly Quantity[]): boolean {
  if (claim.kind !== 'year' || source.kind !== 'date' || source.date?.year !== claim.value || source.date.day === undefined || !FULL_YEAR.test(source.raw)) return false;
  return passageQuantities.every((s) => (s.kind === 'year' ? s.value === claim.value : s.kind !== 'date' || s.date?.year === undefined || s.date.year === claim.value));
}

/**
 * Whether the passage writes the claim's year (written alone: « En 2003, … ») in full in one of its dates (« Le 9
 * avril 2003, la commune, mise en cause en 1998, … »): its own sentence gives the claim's year, and another year it
 * writes (of a relative clause, of an item before glued to it) is no value to set against the claim's.
 */
export function claimYearInPassageDate(claim: Quantity, passageQuantities: readonly Quantity[]): boolean {
  return claim.kind === 'year' && passageQuantities.some((s) => s.kind === 'date' && s.date?.year === claim.value && s.date.day !== undefined && FULL_YEAR.test(s.raw));
}
