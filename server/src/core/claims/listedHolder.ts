import { clauseSpans } from '../text/clauses';
import type { Quantity } from '../text/quantities';
import type { Span } from '../types';
import { ITEM_BREAK, namesIn, written } from './holderValues';

/**
 * A list that gives each holder its own value: « A avec X à la septième place et B, qui est huitième », "Lena
 * Marr … at seven and The Vales who are at number eight", "the French (48%), with 44% of Britons". The value bound
 * to the claim's holder is the only one of its fact; a value of another holder of the list, whatever its words (the
 * other holder's "number eight" where the claim's holder has a bare "at seven"), is another fact and no fix.
 * holderValues.ts does this for a value equal to the claim's; this file for any other value, or a rank.
 */

/** A list item: its span and the names it writes (as holderValues.ts reads them). */
interface Item extends Span {
  names: string[][];
}

/**
 * The list items of a text (holderValues.ts's {@link ITEM_BREAK}), with the names each writes (its first word one
 * only when `firstWordName`): a break inside a value is none, nor is one
 * inside parentheses, or a parenthesis itself, for parentheses that hold at most one value — what such a
 * parenthesis gives (« quelque chose (48 %) ») is the item's before it, as in itemHolders.ts.
 */
function itemsOf(text: string, quantities: readonly Quantity[], firstWordName: boolean): Item[] {
  const parens = [...text.matchAll(/\([^()]*\)/gu)]
    .map((m): [number, number] => [m.index, m.index + m[0].length - 1])
    .filter(([a, b]) => quantities.filter((q) => q.start > a && q.end <= b).length <= 1);
  const isBreak = (at: number) => !quantities.some((q) => at > (q.approxStart ?? q.start) && at < q.end) && !parens.some(([a, b]) => at >= a && at <= b);
  // A passage's first word is capitalised as any first word is (« Cinq restaurations… »): no name (as
  // otherThingValue.ts). The claim's is read as a name: a holder it writes first is the one in question.
  const lowered = firstWordName ? text : text.slice(0, 1).toLowerCase() + text.slice(1);
  return clauseSpans(text, ITEM_BREAK, { isBreak }).map(({ start, end }) => ({ start, end, names: namesIn(lowered.slice(start, end)).map((n) => n.words) }));
}

function sameName(a: readonly string[], b: readonly string[]): boolean {
  return written(a, b) || written(b, a);
}

/**
 * Whether a passage's value (or rank) at `source.start`–`source.end` is another holder's in a list that gives each
 * holder its own: the value's list item names a holder and none of the claim's holders, while another item of the
 * sentence names one of the claim's holders and gives a value of its own of the same kind and unit ("at seven" for
 * "number eight", « 44 % » for « 48 % »; not « deux fois » for « 25 ans »). The
 * claim's holders are the names of the claim's list item that holds its value (`claim.at`, an offset into
 * `claim.text`), or every name of the claim when that item names none ("Dana Rayne, the singer, entered at seven").
 * False when the claim names no one, or the sentence is no such list.
 *
 * @param claim the claim's text, its values, and the offset of the value (or rank) compared.
 * @param source the passage sentence's text, its values, the span of its value (or rank) compared, and that
 *   value's kind and unit (a rank: 'number', no unit).
 */
export function heldByAnotherListedHolder(
  claim: { text: string; quantities: readonly Quantity[]; at: number },
  source: { text: string; quantities: readonly Quantity[]; start: number; end: number; kind: Quantity['kind']; unit?: string },
): boolean {
  return ownListedValues(claim, source) !== undefined;
}

/**
 * The values the list of a passage sentence gives the claim's holders, when the passage's value (or rank) at
 * `source.start`–`source.end` is another holder's (see {@link heldByAnotherListedHolder}): the values of the
 * items that name a claim's holder, of the value's kind and unit. Undefined when that value is no other holder's.
 */
export function ownListedValues(
  claim: { text: string; quantities: readonly Quantity[]; at: number },
  source: { text: string; quantities: readonly Quantity[]; start: number; end: number; kind: Quantity['kind']; unit?: string },
): Quantity[] | undefined {
  const claimItems = itemsOf(claim.text, claim.quantities, true);
  const claimItem = claimItems.find((item) => claim.at >= item.start && claim.at < item.end);
  const holders = claimItem && claimItem.names.length > 0 ? claimItem.names : claimItems.flatMap((item) => item.names);
  if (holders.length === 0) return undefined;
  const isHolder = (name: readonly string[]) => holders.some((h) => sameName(h, name));
  const items = itemsOf(source.text, source.quantities, false);
  const own = items.find((item) => source.start >= item.start && source.end <= item.end);
  if (!own || own.names.length === 0 || own.names.some(isHolder)) return undefined;
  const valuesOf = (item: Item) => source.quantities.filter((q) => q.start >= item.start && q.end <= item.end && q.kind === source.kind && q.unit === source.unit);
  const values = items.filter((item) => item !== own && item.names.some(isHolder)).flatMap(valuesOf);
  return values.length > 0 ? values : undefined;
}
