import type { Quantity } from '../text/quantities';

/**
 * A sentence and its part: « quatre ans de prison, dont deux ferme » gives the whole term (four years) and its
 * firm part (two); "a four-year sentence, two of them suspended" too. A claim of the firm or suspended part
 * (« deux ans de prison ferme », "two years suspended") is not the whole term: the whole is no value to contradict it
 * with, nor to write in its place.
 */

/** A part of a sentence named right after the claim's value, within its noun: « ans (de prison) ferme », "years suspended"; not across « dont » (« 18 mois de prison dont un an ferme » is the whole). */
const PART_AFTER = /^\s*(?:de\s+prison|d['’]emprisonnement|de\s+réclusion|(?:of|in)\s+(?:jail|prison))?\s*(?:ferme|avec\s+sursis|suspended)(?![\p{L}])/iu;

/** A part the source gives right after its whole term: « , dont deux ferme », « dont deux avec sursis », ", two of them suspended", "of which two suspended". */
const PART_OF_WHOLE = /^[\s\p{L}'’-]{0,40}?[,(]?\s*(?:dont|of\s+which|with)\s+[\p{L}\p{N},.'’\s-]{1,30}?(?:ferme|avec\s+sursis|suspended)(?![\p{L}])|^[\s\p{L}'’-]{0,40}?,\s*[\p{L}\p{N}-]+\s+of\s+(?:them|which)\s+suspended/iu;

/**
 * Whether a claim value names a part of a sentence (« deux ans de prison ferme ») and the source value is the whole
 * term the source splits into parts right after it (« quatre ans de prison, dont deux ferme »).
 */
export function wholeOfPartedTerm(claimText: string, claim: Quantity, sourceText: string, source: Quantity): boolean {
  return PART_AFTER.test(claimText.slice(claim.end, claim.end + 50)) && PART_OF_WHOLE.test(sourceText.slice(source.end, source.end + 90));
}
