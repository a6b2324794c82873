import { fold } from '../text/normalize';
import type { Quantity } from '../text/quantities';

/** A run of capitalised words right after a year: what the year dates ("the 2000 Australian Open"). */
const NAME_AFTER = /^\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)/u;
/** A run of capitalised words, then « in », « en », "of", right before a year ("Wimbledon in 1999", « Roland-Garros en 2005 »). */
const NAME_BEFORE = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)\s+(?:in|en|of|de)\s+$/u;

/** The folded words of the name a year is written beside, one side only; undefined when none or both. */
function holderOf(text: string, year: Quantity): string | undefined {
  const after = NAME_AFTER.exec(text.slice(year.end));
  const before = NAME_BEFORE.exec(text.slice(0, year.approxStart ?? year.start));
  if ((after === null) === (before === null)) return undefined;
  return fold((after ?? before)![1]).toLowerCase();
}

/** Each name a year is written beside, with its year; undefined when a name has two years (no pairing then). */
function pairs(text: string, quantities: readonly Quantity[]): Map<string, Quantity> | undefined {
  const byName = new Map<string, Quantity>();
  for (const q of quantities) {
    if (q.kind !== 'year') continue;
    const name = holderOf(text, q);
    if (name === undefined) continue;
    if (byName.has(name)) return undefined;
    byName.set(name, q);
  }
  return byName;
}

/**
 * The year a passage's list pairs with the name the claim's year dates, when both write such a list: "Davenport's
 * titles were the 2000 Australian Open, Wimbledon in 1998 and the 1999 US Open" against "the 2000 Australian Open,
 * Wimbledon in 1999 and the 1998 US Open": the claim's 1998 is Wimbledon's, whose year there is 1999; the
 * passage's 1998 is the US Open's, another item's, no statement of the claim's. A year is paired with the run of
 * capitalised words right after it ("the 2000 Australian Open") or right before it with « in », « en », "of"
 * ("Wimbledon in 1999"), never both. Only when at least two of the claim's named years have their name paired
 * with one year in the passage (a list told item by item, not one date that happens to sit by a name), and no
 * name has two years on either side. Undefined otherwise: the claim's year is then compared as any other.
 */
export function yearPairedInList(claimText: string, claimQuantities: readonly Quantity[], claim: Quantity, sourceText: string, sourceQuantities: readonly Quantity[]): Quantity | undefined {
  if (claim.kind !== 'year') return undefined;
  const name = holderOf(claimText, claim);
  if (name === undefined) return undefined;
  const claimPairs = pairs(claimText, claimQuantities);
  const sourcePairs = pairs(sourceText, sourceQuantities);
  if (!claimPairs || !sourcePairs) return undefined;
  const shared = [...claimPairs.keys()].filter((n) => sourcePairs.has(n));
  if (shared.length < 2 || !shared.includes(name)) return undefined;
  return sourcePairs.get(name);
}
