import type { Verdict } from './checkClaim';

/** A numeral with one separator and three digits after it ("4.500", "4,500"): thousands in one locale, a decimal in the other. */
const ONE_GROUP = /^(\d{1,3})([.,])(\d{3})$/;

/**
 * A claim's figure contradicted only by how its language reads a dot or comma before three digits: "4.500 people"
 * in an English draft is 4.5 people as English reads it, 4,500 as a French writer means it (and « 4,500 » in a
 * French draft the other way round). When the source's value for the conflict is the claim's figure read the
 * other locale's way, the fix would write the writer's own number: no contradiction. The claim is checked again
 * with the separator swapped (same length, so every offset holds): its verdict is taken when it supports the
 * claim, else the claim is unsupported. Any other verdict is returned as is.
 *
 * @param claimText The claim as written.
 * @param verdict The verdict on `claimText`.
 * @param recheck Checks a text of the same length as the claim (the claim with the separator swapped).
 */
export function withOtherLocaleReading(claimText: string, verdict: Verdict, recheck: (text: string) => Verdict): Verdict {
  const conflict = verdict.conflict;
  if (verdict.label !== 'contradicted' || conflict?.kind !== 'quantity' || !conflict.claimQuantity || !conflict.sourceQuantity) return verdict;
  const claim = conflict.claimQuantity;
  const start = claim.numberStart;
  const end = claim.numberEnd;
  const written = ONE_GROUP.exec(claimText.slice(start, end));
  if (!written) return verdict;
  const other = Number(written[1] + written[3]) * claim.scale;
  const source = conflict.sourceQuantity.value;
  // The source's value is the claim's figure read with the separator as thousands (or, for "4,500" read as
  // thousands, as a decimal): the two texts write one number.
  const decimal = Number(`${written[1]}.${written[3]}`) * claim.scale;
  const read = Math.abs(claim.value - other) < 1e-9 ? decimal : other;
  if (Math.abs(read - source) > 1e-9 * Math.max(1, Math.abs(source))) return verdict;
  const swapped = claimText.slice(0, start) + written[1] + (written[2] === '.' ? ',' : '.') + written[3] + claimText.slice(end);
  const again = recheck(swapped);
  if (again.label === 'supported') return again;
  return { label: 'unsupported', confidence: verdict.confidence, evidence: verdict.evidence };
}
