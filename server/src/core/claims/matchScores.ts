import type { Quantity } from '../text/quantities';
import { isScore } from '../text/scores';

/** Words that date a score to the interval of a match: "at the break", "half-time", « à la mi-temps », « à la pause ». */
const HALF_TIME = /(?<![\p{L}])(?:half[-\s]?time|the\s+break|the\s+interval|mi-temps|la\s+pause)(?![\p{L}])/iu;
/** Words that make a score a running score or tally, not a result: "to make it 19-8", "cut the margin to 3-2", « porter le score à 2-1 ». */
const RUNNING_BEFORE = /(?:\bmak(?:e|es|ing)\s+it|\bto|\bporter?\s+le\s+score\s+à|\brevenir\s+à)\s*$/iu;
/** How far around a score its moment's words are read, in characters (within its sentence). */
const MOMENT_REACH = 40;

/** A match's score (« 2-1 », "a 19-5 lead"), not a set's: see `withScores`. */
function isMatchScore(q: Quantity): boolean {
  return q.kind === 'number' && q.unit === 'score';
}

type Moment = 'half-time' | 'running' | 'result';

/** When in its match a score stands: at half-time, a running score, or the result (what neither of the others says). */
function momentOf(text: string, q: Quantity): Moment {
  const before = text.slice(Math.max(0, q.start - MOMENT_REACH), q.start);
  const after = text.slice(q.end, q.end + MOMENT_REACH);
  if (HALF_TIME.test(`${before} ${after}`)) return 'half-time';
  if (RUNNING_BEFORE.test(before)) return 'running';
  return 'result';
}

/**
 * Whether a source's match score is the value of the claim's match score whatever words tell the match ("gave
 * Wales a 19-8 lead at the break" and "gave the visitors a 19-5 half-time advantage"; "had been beaten 38-5 in
 * Paris" and "were trounced 33-5 in Paris"): a score is its match's own unit, so the frame's words (lead,
 * advantage, beaten, trounced) need not meet. Only when each sentence writes one score (a set's included), at the same
 * moment of its match (half-time, a running score, the result): a sentence with two scores tells two matches or
 * two moments, which its words must then tell apart. The match is the claim's only when the passage's sentence
 * names all the claim's names but one (`namesMissing`: how many it does not): "Spain go 2-0 up in the tie" is not the
 * score of "Spain led 1-0 after Moya beat Mardy Fish" (a tie's tally after another of its matches).
 */
export function sameMatchScore(claim: Quantity, claimQuantities: readonly Quantity[], claimText: string, source: Quantity, sourceQuantities: readonly Quantity[], sourceText: string, namesMissing: number): boolean {
  if (!isMatchScore(claim) || !isMatchScore(source) || namesMissing > 1) return false;
  if (claimQuantities.filter(isScore).length !== 1 || sourceQuantities.filter(isScore).length !== 1) return false;
  return momentOf(claimText, claim) === momentOf(sourceText, source);
}
