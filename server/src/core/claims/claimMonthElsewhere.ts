import { monthOfYear } from '../text/calendarDate';
import type { Quantity } from '../text/quantities';

/**
 * A passage date set against the claim's that differs from it in the month, while another date of the passage
 * writes the claim's month (« • 16 mai 2018 : les mises en examen annulées. Les trois mises en examen de juin 2017 … »
 * for « … mis en examen le 16 juin 2018 »): each of the two agrees with the claim on a part the other does not, and
 * the passage does not say which is the claim's fact's (here the one of the claim's month is; the other dates
 * another event). Neither is a value to contradict or fix the claim with: at most the claim is unsupported.
 */

/**
 * Whether `conflicts` set a claim date with its day against a passage date of another month while another value of
 * the passage (`sourceQuantities` of `sourceText`) is a date of the claim's month, or a year written with that month
 * before it (« juin 2017 »).
 */
export function claimMonthInAnotherDate(conflicts: readonly { claim: Quantity; source: Quantity }[], sourceText: string, sourceQuantities: readonly Quantity[]): boolean {
  return conflicts.some(({ claim, source }) => {
    const month = claim.date?.month;
    if (claim.kind !== 'date' || claim.date?.day === undefined || month === undefined || source.kind !== 'date' || source.date?.month === month) return false;
    return sourceQuantities.some((t) => t !== source && (t.kind === 'date' ? t.date?.month === month : t.kind === 'year' && monthOfYear(sourceText, t)?.date?.month === month));
  });
}
