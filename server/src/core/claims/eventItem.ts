import type { Quantity } from '../text/quantities';
import type { Lang } from '../types';
import { countsHours } from './hours';
import { claimItemOf, difference, itemsOf, sameUnit } from './itemHolders';

/**
 * A value of another event of parallel items: « le désamarrage est prévu pour 19H34 samedi et l'amerrissage à
 * 14H42 dimanche », "the vote opens at 9 am on Monday and the count at 6 pm on Tuesday". Each item gives the value
 * (a time, most often) of its own event, named by a common noun or a verb rather than a capitalised name
 * (listedHolder.ts reads names). A claim about one event is compared only with its own item's value: the other
 * item's value is another fact, and no fix. Which item is the claim's, the words that tell the items apart say (the
 * words an item shares with the other, or with the sentence's items without such a value, tell nothing). A later
 * item leaves unsaid what the earlier one writes (« et l'amerrissage [est prévu] à 14H42 »): the claim's words of the
 * earlier item may be those shared ones, so the later item's own words decide. Clock times only (hours.ts).
 */

function count(terms: ReadonlySet<string>, among: ReadonlySet<string>): number {
  let n = 0;
  for (const t of terms) if (among.has(t)) n++;
  return n;
}

/**
 * Whether a passage's value (`source.value`, of a value of the claim's measure) is another event's in a sentence of
 * parallel items: some other item gives a value of the same kind and unit, and the claim writes a word of its own
 * when it comes later than the value's item, or writes one of its own and none of the value's item's own when it
 * comes earlier (items as itemHolders.ts cuts them; the claim's words are those of
 * the item that holds its value when the claim is a list itself, else all its terms: see claimItemOf). Only within
 * one language (terms are stems). False otherwise.
 *
 * @param claim the claim's text, language and values, and the value compared.
 * @param source the passage sentence's text, language and values, and the value compared with the claim's.
 */
export function valueOfOtherEventItem(
  claim: { text: string; lang: Lang; quantities: readonly Quantity[]; value: Quantity },
  source: { text: string; lang: Lang; quantities: readonly Quantity[]; value: Quantity },
): boolean {
  const s = source.value;
  if (claim.lang !== source.lang || !countsHours(s)) return false;
  const items = itemsOf(source.text, source.quantities, s, source.lang);
  const own = items.find((item) => item.values.includes(s));
  if (!own) return false;
  const rivals = items.filter((item) => item !== own && item.values.some((q) => sameUnit(q, s)));
  if (rivals.length === 0) return false;
  const context = new Set(items.filter((item) => !item.values.some((q) => sameUnit(q, s))).flatMap((item) => [...item.terms]));
  const claimTerms = claimItemOf(claim)?.terms;
  if (!claimTerms) return false;
  const apart = (a: ReadonlySet<string>, b: ReadonlySet<string>) => count(difference(difference(a, b), context), claimTerms);
  // An earlier item writes what a later one leaves unsaid (the subject, the verb: « la lagune mesure 14 km de long et
  // 5 km de large »), so its own words the claim writes may be the shared ones: an earlier item's value is another
  // event's when the claim writes a word of the later item's own; a later item's, when the claim writes none of its
  // own and one of the earlier item's.
  return rivals.some((rival) => (rival.start > own.start ? apart(rival.terms, own.terms) > 0 : apart(own.terms, rival.terms) === 0 && apart(rival.terms, own.terms) > 0));
}
