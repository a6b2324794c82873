import type { Quantity } from '../text/quantities';
import type { ValueContext } from './alignment';

/**
 * A time bound to its fact by the word that governs it. A date or a year is the time of the event its governing word
 * names (« ont été interpellées le 11 novembre 2018 », « ont été interpellées mardi 11 décembre »): when that word is
 * the same on both sides — the nearest content word before each time, weekdays aside (alignment.ts's valueContext)
 * — the two times are the times of one event, though the rest of the claim's frame (« par des policiers de la
 * DGSI », « de l'entourage de ») is not written around the passage's (the window alignment's share falls short).
 */

/** Shared start that makes two stems one word (« interpel » and « interpell »), as alignment.ts's sameFamily reads it. */
const FAMILY_PREFIX = 5;

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (/^\d/.test(a) || /^\d/.test(b)) return false;
  const shorter = Math.min(a.length, b.length);
  let common = 0;
  while (common < shorter && a[common] === b[common]) common++;
  return common >= FAMILY_PREFIX && common >= 0.75 * shorter;
}

/**
 * Whether a claim time and a passage time of the same kind (both years, or both dates) are governed by the same word
 * (see the module comment), with the same relation to their event (« dès », "before"…) and the same rank.
 */
export function governedBySameWord(claim: Quantity, claimContext: ValueContext, source: Quantity, sourceContext: ValueContext): boolean {
  if ((claim.kind !== 'date' && claim.kind !== 'year') || source.kind !== claim.kind) return false;
  if (claimContext.relation !== sourceContext.relation || claimContext.rank !== sourceContext.rank) return false;
  const a = claimContext.governor;
  const b = sourceContext.governor;
  return a !== undefined && b !== undefined && a.some((x) => b.some((y) => sameWord(x, y)));
}
