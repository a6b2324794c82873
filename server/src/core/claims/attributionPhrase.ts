/**
 * Who a claim's fact is according to (« selon les experts », « d'après la police », "according to French experts"):
 * the words of that phrase say who reports the fact, not what the fact is, so they are no words of a value's fact
 * (its frame, alignment.ts). A source rarely writes its own attribution beside the value, and across languages
 * those words often have no translation in the glossary at all: counted in the frame, they only dilute it.
 */

/** « selon X », « d'après X », "according to X", up to the next comma, clause mark or bracket (at most 60 characters). */
const ATTRIBUTION_PHRASE = /(?<![\p{L}\p{N}])(?:selon|d['’]après|according to)\s+[^,;:.!?()«»"“”]{1,60}/giu;

/**
 * The spans (`start`, `end`: character offsets into `text`, end exclusive) of the attribution phrases of a claim
 * (see {@link ATTRIBUTION_PHRASE}), the lead word included; empty when the claim has none.
 */
export function attributionPhrases(text: string): { start: number; end: number }[] {
  return [...text.matchAll(ATTRIBUTION_PHRASE)].map((m) => ({ start: m.index, end: m.index + m[0].trimEnd().length }));
}

/** Whether the span `[start, end)` of `text` lies inside one of its attribution phrases (see {@link attributionPhrases}). */
export function inAttributionPhrase(text: string, start: number, end: number): boolean {
  return attributionPhrases(text).some((p) => start >= p.start && end <= p.end);
}
