import type { Quantity } from '../text/quantities';
import type { ClaimFrame } from './alignment';
import { changeDirectionOf, FOCUS_BEFORE, writtenAsChange } from './directionClause';

/**
 * Two changes the same way are one predicate whatever their words ("exports grew by 1.6%" and "exports increased
 * by only 0.6%", "rose 56 places" and "a leap of 65 places"): the words of change differ in form or stem, and the
 * window alignment then finds no governor. The fact is told by what changed, the frame's other words.
 */

/** Nouns of change upwards or downwards right before a figure ("a leap of 65 places", « une hausse de 12 % »). */
const UP_NOUN_BEFORE = /(?:^|[\s(,])(?:(?:rise|increase|growth|gain|jump|leap|surge)\s+(?:of|by)\s+|(?:hausse|progression|augmentation|croissance|bond)\s+(?:de\s+|d['’]\s*))$/iu;
const DOWN_NOUN_BEFORE = /(?:^|[\s(,])(?:(?:fall|drop|decline|decrease|loss|cut|slide|plunge)\s+(?:of|by)\s+|(?:baisse|recul|diminution|chute|repli)\s+(?:de\s+|d['’]\s*))$/iu;

/**
 * Which way a figure is written as changing: after a verb or adverb of change ("rose 12%", "increased by only
 * 0.6%", « a chuté de 5 % ») or a noun of change ("a leap of 65 places", « une hausse de 12 % »); undefined when
 * the figure is not written as a change. `start`: where the figure starts (before any bound word).
 */
export function changeWay(text: string, start: number): 'up' | 'down' | undefined {
  if (!writtenAsChange(text, start)) return undefined;
  const focus = FOCUS_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
  const at = focus ? start - focus[0].length : start;
  const verb = changeDirectionOf(text, at);
  if (verb) return verb;
  const before = text.slice(Math.max(0, at - 40), at);
  return UP_NOUN_BEFORE.test(before) ? 'up' : DOWN_NOUN_BEFORE.test(before) ? 'down' : undefined;
}

/**
 * Whether a claim value and a source value are the same change: both written as changing the same way (see
 * {@link changeWay}), and the source value's clause (`window`: its terms, alignment.ts's sourceWindow) writes a
 * word of the claim value's frame other than its governing word: what changed ("exports", "world").
 */
export function sameChange(claimText: string, claim: Quantity, frame: ClaimFrame, passage: string, source: Quantity, window: ReadonlySet<string>): boolean {
  const way = changeWay(claimText, claim.approxStart ?? claim.start);
  if (way === undefined || way !== changeWay(passage, source.approxStart ?? source.start)) return false;
  return frame.words.some((w) => w !== frame.governor && w.terms.some((t) => window.has(t)));
}
