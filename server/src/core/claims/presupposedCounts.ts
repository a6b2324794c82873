import type { Quantity } from '../text/quantities';

/**
 * Counts a claim takes as known. A small count after a definite determiner or a possessive (« les six auditions »,
 * "the four November Tests", « ses deux réacteurs ») is not compared as a figure of the claim's fact: the claim
 * presupposes it, and a passage with another count of that noun often counts another set (« les 14 réacteurs du
 * parc » for « ses deux réacteurs »). Yet a passage that counts the same noun otherwise, and never by the claim's
 * count, does not state it: « aux huit auditions de cette femme » states no « les six auditions de cette femme ».
 */

/** A definite determiner right before a figure: the count is taken as known (« Ses deux réacteurs ont… », "the two men said"). */
const PRESUPPOSING = /(?:^|[\s'’(])(?:les|ses|ces|leurs|nos|vos|mes|the|its|their|these|those|his|her|our|both)\s+$/iu;

/** How far before a count (characters) its determiner is read. */
const reach = 40;

/** Whether a claim count is one the claim presupposes: below ten, right after a definite determiner or a possessive. */
export function isPresupposedCount(claimText: string, q: Quantity): boolean {
  const start = q.approxStart ?? q.start;
  return q.kind === 'number' && q.value < 10 && PRESUPPOSING.test(claimText.slice(Math.max(0, start - reach), start));
}

/** The first two words right after a value, folded, up to a punctuation mark: what the count's noun is of. */
function wordsAfter(text: string, q: Quantity): string {
  return (/^[^.,;:!?()«»"“”]*/u.exec(text.slice(q.end))?.[0] ?? '').toLowerCase().split(/\s+/u).filter(Boolean).slice(0, 2).join(' ');
}

/**
 * The claim's presupposed count (see {@link isPresupposedCount}) of a counted noun that the passage counts, never by
 * the claim's count; undefined when there is none. The passage's count of that noun is given (`source`, for a fix)
 * when it writes one value only, followed by the same words as the claim's count (« huit auditions de cette femme »
 * for « les six auditions de cette femme »: the same set counted). `sameValue`: whether a claim figure and a passage
 * figure are the same value.
 */
export function countOtherwise(
  claimText: string,
  claimQuantities: readonly Quantity[],
  passage: string,
  passageQuantities: readonly Quantity[],
  sameValue: (claim: Quantity, source: Quantity) => boolean,
): { claim: Quantity; source?: Quantity } | undefined {
  for (const q of claimQuantities) {
    if (!q.unit || !isPresupposedCount(claimText, q)) continue;
    const counts = passageQuantities.filter((p) => p.kind === 'number' && p.unit === q.unit);
    if (counts.length === 0 || counts.some((p) => sameValue(q, p))) continue;
    const after = wordsAfter(claimText, q);
    const same = new Set(counts.map((p) => p.value)).size === 1 && after !== '' && counts.every((p) => wordsAfter(passage, p) === after);
    return same ? { claim: q, source: counts[0] } : { claim: q };
  }
  return undefined;
}
