import type { Quantity } from '../text/quantities';
import { figureChange } from './figureChange';

/**
 * A change told by a noun after its figure, as English compounds write it: "a 19% rise in profits", "a 2.5% fall in
 * sales", "a 10p increase", "the £2bn cut" — the same change as "profits rose 19%" or « une hausse de 19 % » (a noun
 * before the figure: directionClause.ts's writtenAsChange), not a level.
 */

/** A determiner right before the figure: the figure then qualifies the noun after it. */
const DETERMINER_BEFORE = /(?:^|[\s(,])(?:a|an|the|its|their|his|her|this|that|another)\s+$/iu;
/** A noun of change right after the figure, hyphenated or not. */
const CHANGE_NOUN_AFTER = /^\s*-?\s*(?:rise|rises|increase|increases|jump|jumps|fall|falls|drop|drops|decline|declines|decrease|decreases|cut|cuts|gain|gains|hike|hikes|reduction|reductions|slump|climb|surge|leap|growth|fall-off|rebound)(?![\p{L}-])/iu;

/** Whether a figure is written as a change by a noun of change right after it, after a determiner ("a 19% rise in profits"). */
export function changeNounAfter(text: string, q: Quantity): boolean {
  const start = q.approxStart ?? q.start;
  return DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && CHANGE_NOUN_AFTER.test(text.slice(q.end, q.end + 20));
}

/**
 * Whether a claim's figure and a passage's are two changes told the opposite way with different values ("Hallin's
 * profits plunged 33%" against "Brenko …, projecting a 15% rise in net profits"): two facts, or a claim wrong in its
 * direction — no value of one is the other's, and a fix writing "15" would leave "plunged 15%", still false. The same
 * value told the other way is the opposite reading (changeOtherWay.ts), not this. Each change is read by
 * figureChange.ts.
 */
export function oppositeChangesOfOtherValues(claimText: string, claim: Quantity, passage: string, source: Quantity): boolean {
  if (claim.value === source.value) return false;
  const a = figureChange(claimText, claim)?.way;
  const b = figureChange(passage, source)?.way;
  return a !== undefined && b !== undefined && a !== b;
}
