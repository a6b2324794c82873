import type { Quantity } from './quantities';

/**
 * Words of a match that make "N-M" a score (« s'impose 2-1 », « victoire 3-0 », "beat Clyde 5-0", "a 4-2 aggregate
 * win", "won 6-4 6-3"), folded to lower case; a sentence without one keeps its numbers (a range « 3-4 jours », a
 * season "2004-05", a vote count).
 */
const MATCH_WORDS =
  /(?<![\p{L}])(?:win|wins|won|winning|beat|beats|beaten|victory|victories|defeat|defeats|defeated|lost|lose|loses|loss|draw|drew|drawn|lead|led|leads|aggregate|scored|scoreline|score|match|game|final|semi-final|quarter-final|leg|set|sets|tie|rout|thrashing|beating|leading|losing|trailing|trailed|trounced|thrashed|hammered|routed|edged|ousted|overcame|overcome|outlasted|advantage|deficit|stalemate|half-time|halftime|full-time|winner|tries|goals|victoire|victoires|défaite|défaites|battu|battue|battus|bat|battent|s['’]impose|s['’]imposent|imposé|imposée|l['’]emporte|emporté|remporte|remporté|remportée|perd|perdu|perdue|nul|score|manche|manches|finale|demi-finale|rencontre|mène|menait|menée|menaient|mi-temps|buts|essais|incliné|inclinée|inclinés)(?![\p{L}])/iu;
/** Two numbers of one or two digits joined by a hyphen or dash, not part of a longer figure, a date or a range of a unit. */
const SCORE = /(?<![\p{L}\p{N}.,/:–-])(\d{1,2})\s?[-–]\s?(\d{1,2})(?![\p{N}/:]|[.,]\d|\s?[-–]\s?\d|\s?%)/gu;
/** What follows a range of a unit or of days, not a score (« 3-4 jours », "10-15 minutes", "5-11 years old", "the final on 19-20 March"). */
const UNIT_AFTER = /^\s*(?:ans?|années?|mois|semaines?|jours?|heures?|h|minutes?|min|secondes?|km|kg|m|cm|mm|t|tonnes?|kilos?|mètres?|euros?|€|\$|£|years?|months?|weeks?|days?|hours?|hrs?|mins?|seconds?|miles?|metres?|meters?|feet|ft|inches|pounds?|dollars?|per\s*cent|pour\s*cent|percent|p\.?\s?cent|january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?![\p{L}])/iu;
/** What before it makes a range of ages or of numbers (« âgés de 5-11 », "aged 5-11", « entre 3-4 »). */
const RANGE_BEFORE = /(?:aged|ages|âgés?|âgées?|entre|between|from|de|des|of)\s*$/iu;

/** The unit of a score written in a run of scores (a tennis match's sets: "6-4 6-3", « 7-6 (8-6) 6-2 »). */
export const SET_SCORE = 'set-score';

/** Whether a quantity is a score, of a match or of a set. */
export function isScore(q: Quantity): boolean {
  return q.unit === 'score' || q.unit === SET_SCORE;
}

/** A set's score and an opening parenthesis right before a number: what follows is that set's tie-break ("7-6 (8-6)", « 7-6 (10-8) »). */
const TIE_BREAK_BEFORE = /\d\s?[-–]\s?\d{1,2}\s*\(\s*$/u;

/** The value of a score: the higher number × 1000 + the lower, so that "2-1" and "1-2" (home first or winner first) are one score. */
export function scoreValue(a: number, b: number): number {
  return Math.max(a, b) * 1000 + Math.min(a, b);
}

/**
 * The scores of a match in `text` (« 2-1 », "5-2 aggregate", "6-4 6-3 6-0"), each one quantity of kind 'number'
 * and unit 'score' whose value is {@link scoreValue} (the order the teams are written in is not compared), in
 * place of the two numbers read in it; unit {@link SET_SCORE} in a run of scores. Only in a sentence with a word of
 * a match (see MATCH_WORDS).
 */
export function withScores(text: string, quantities: Quantity[]): Quantity[] {
  if (!/\d\s?[-–]\s?\d/.test(text) || !MATCH_WORDS.test(text)) return quantities;
  const scores: Quantity[] = [];
  const tieBreaks: { start: number; end: number }[] = [];
  for (const match of text.matchAll(SCORE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (UNIT_AFTER.test(text.slice(end)) || RANGE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    // A tie-break in parentheses after a set's score ("7-6 (8-6)") is part of that set's score, no score of its own.
    if (TIE_BREAK_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && /^\s*\)/u.test(text.slice(end))) {
      tieBreaks.push({ start, end });
      continue;
    }
    const value = scoreValue(Number(match[1]), Number(match[2]));
    scores.push({ start, end, numberStart: start, numberEnd: end, value, mantissa: value, scale: 1, kind: 'number', unit: 'score', raw: match[0] });
  }
  if (scores.length === 0) return quantities;
  // A run of scores (the sets of a tennis match, « 7-6 (8-6) 6-2 », a tie-break in parentheses between) is no
  // match's result: another unit, so that a match's score (« 3-2 ») is never compared with a set's.
  const linked = (from: number, to: number) => /^\s*(?:\(\s*\d{1,2}\s?[-–]\s?\d{1,2}\s*\))?[\s()]*$/u.test(text.slice(from, to));
  for (let i = 0; i < scores.length; i++) {
    const linkedBefore = i > 0 && linked(scores[i - 1].end, scores[i].start);
    const linkedAfter = i + 1 < scores.length && linked(scores[i].end, scores[i + 1].start);
    if (linkedBefore || linkedAfter) scores[i].unit = SET_SCORE;
  }
  const kept = quantities.filter((q) => ![...scores, ...tieBreaks].some((s) => q.start < s.end && q.end > s.start));
  return [...kept, ...scores].sort((a, b) => a.start - b.start);
}

/**
 * The source's score written in the claim's order (the lower first when the claim writes it so: "1-2" for a claim's
 * "1-3" against the source's "2-1"), with the claim's dash, for a fix.
 */
export function scoreInClaimOrder(claim: Quantity, source: Quantity): string {
  const [a, b] = source.raw.split(/\s?[-–]\s?/).map(Number);
  const [c, d] = claim.raw.split(/\s?[-–]\s?/).map(Number);
  const dash = /–/.test(claim.raw) ? '–' : '-';
  const lowFirst = c < d;
  const [first, second] = lowFirst ? [Math.min(a, b), Math.max(a, b)] : c > d ? [Math.max(a, b), Math.min(a, b)] : [a, b];
  return `${first}${dash}${second}`;
}
