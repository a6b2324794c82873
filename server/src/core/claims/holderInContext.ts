import type { ClaimWord } from './analyzeClaim';

/**
 * A passage that fills the claim's name slot with another name, while the claim's holder — the names it writes
 * before that slot (« Le roman de X a obtenu le prix A »: X) — is written only in the sentences around the
 * passage, not in its own: the passage's sentence may tell another holder's fact (« Il avait été distingué par le
 * prix B », of someone else). Such a passage contradicts only when it states as much of the claim as any
 * contradiction needs (checkClaim.ts's threshold); below it the claim is unsupported.
 */

/**
 * Whether the claim names a holder before the name at `slotStart` and none of those names is in the passage's
 * sentence (`inSentence`). False when the claim names nothing before its slot (« L'hélicoptère a été retrouvé à X »).
 */
export function holderOnlyInContext(words: readonly ClaimWord[], slotStart: number, inSentence: (w: ClaimWord) => boolean): boolean {
  const holder = words.filter((w) => w.isName && w.end <= slotStart);
  return holder.length > 0 && !holder.some(inSentence);
}
