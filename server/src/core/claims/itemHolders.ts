import { clauseSpans } from '../text/clauses';
import type { Quantity } from '../text/quantities';
import { termsOf } from '../text/stem';
import type { Lang } from '../types';
import { ITEM_BREAK, type OtherHolder } from './holderValues';

/**
 * Binding a value to the list item that holds it, by the item's words. A sentence that gives parallel items each
 * its own value ("one offering 512mb of storage for $99 and a second with one gigabyte of storage for $149", « 3,4
 * % des ouvrages du pourtour méditerranéen, contre 0,4 % en Île-de-France ») binds each value to the words of its
 * item: its holder (a model, a region, a year, a person) whether or not it is written as a name. A claim that
 * writes a value of one item with the words that tell another item apart ("the one-gigabyte model … $99") gives
 * the value another holder: the equal figure does not state it. holderValues.ts does this for capitalised names in
 * the same slot; this file does it for any content word, under a stricter condition of parallel items.
 */

export interface Item {
  start: number;
  end: number;
  /** The item's terms (stems and numbers, stop words left out), the values of the compared unit blanked first. */
  terms: Set<string>;
  values: Quantity[];
}

/** Two values of one measure: the same kind and unit (a figure against a figure, dollars against dollars). */
export function sameUnit(a: Quantity, b: Quantity): boolean {
  return a.kind === b.kind && a.unit === b.unit;
}

/** The text of [start, end) with every value of `like`'s measure blanked (same length), so its figure is no term. */
function withoutValues(text: string, start: number, end: number, quantities: readonly Quantity[], like: Quantity): string {
  let span = text.slice(start, end);
  for (const q of quantities) {
    if (!sameUnit(q, like)) continue;
    const a = Math.max(q.approxStart ?? q.start, start);
    const b = Math.min(q.end, end);
    if (a < b) span = span.slice(0, a - start) + ' '.repeat(b - a) + span.slice(b - start);
  }
  return span;
}

/**
 * The spans [start, end] of a text's parentheses, both parentheses included (no nesting read), that hold at most
 * one value of `like`'s measure: one with two (« (contre 71,6 % et 17,6 % respectivement) ») is a list of its own.
 */
function parentheses(text: string, quantities: readonly Quantity[], like: Quantity): [number, number][] {
  return [...text.matchAll(/\([^()]*\)/gu)]
    .map((m): [number, number] => [m.index, m.index + m[0].length - 1])
    .filter(([a, b]) => quantities.filter((q) => sameUnit(q, like) && q.start > a && q.end <= b).length <= 1);
}

/**
 * The list items of a text (see {@link ITEM_BREAK}), each with its terms and values. A break inside a value is
 * none; nor is one inside parentheses, or a parenthesis itself, for parentheses with at most one value of the
 * measure: what such a parenthesis gives (« Turkish Airlines
 * (Turquie, 12 avions) », "Brevo (Norway, 12 staff)") is the item's before it.
 */
export function itemsOf(text: string, quantities: readonly Quantity[], like: Quantity, lang: Lang): Item[] {
  const parens = parentheses(text, quantities, like);
  const isBreak = (at: number) => !quantities.some((q) => at > (q.approxStart ?? q.start) && at < q.end) && !parens.some(([a, b]) => at >= a && at <= b);
  return clauseSpans(text, ITEM_BREAK, { isBreak }).map(({ start, end }) => ({
    start,
    end,
    // A compound's parts are terms of their own ("one-gigabyte" writes "gigabyte"), on both sides alike.
    terms: new Set(termsOf(withoutValues(text, start, end, quantities, like).replace(/(?<=\p{L})-(?=\p{L})/gu, ' '), lang)),
    values: quantities.filter((q) => q.start >= start && q.end <= end),
  }));
}

export function difference(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  return new Set([...a].filter((t) => !b.has(t)));
}

function meets(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const t of a) if (b.has(t)) return true;
  return false;
}

/**
 * The words that bind a claim's value to its item. A claim that is a list itself ("A rose 5% and B 3%") binds its
 * value by its own item, with its items that give no value of the measure (« En 2017, … », every item's context);
 * any other claim by all its words, since what it fronts or sets apart ("On the site of X, 4 tonnes burned") is its
 * value's holder too. Undefined when the value is in no item.
 */
export function claimItemOf(claim: { text: string; lang: Lang; quantities: readonly Quantity[]; value: Quantity }): { terms: Set<string> } | undefined {
  const claimItems = itemsOf(claim.text, claim.quantities, claim.value, claim.lang);
  const listed = claimItems.find((item) => item.values.includes(claim.value));
  const shared = claimItems.filter((item) => !item.values.some((q) => sameUnit(q, claim.value))).flatMap((item) => [...item.terms]);
  return claim.quantities.some((q) => q !== claim.value && sameUnit(q, claim.value)) ? listed && { terms: new Set([...listed.terms, ...shared]) } : { terms: new Set(claimItems.flatMap((item) => [...item.terms])) };
}

/**
 * Whether a source value equal to a claim value is another item's in a sentence of parallel items, by their words.
 * The source value's item (its own) and a rival item (one that gives another value of the same measure) are
 * parallel when they share a term besides their values ("of storage for $99" and "of storage for $149"); the terms
 * of each that neither the other nor the sentence's items without such a value write tell them apart, and the own
 * item must have one. The claim (or, when it lists values of the measure itself,
 * its item that holds its value) binds the value to the rival when it writes a term that tells the rival apart and none
 * that tells the own item apart. Only within one language (terms are stems) and for figures, not times.
 *
 * @param claim the claim's text, language, values, and the value compared (one of `claim.quantities`).
 * @param source the passage sentence's text, language, values, and the value equal to the claim's.
 * @returns the rival's values of the measure (its own value for the claim's holder; empty when two rivals are
 *   bound), or undefined when no rival item is bound.
 */
export function valueOfAnotherItem(
  claim: { text: string; lang: Lang; quantities: readonly Quantity[]; value: Quantity },
  source: { text: string; lang: Lang; quantities: readonly Quantity[]; value: Quantity },
): OtherHolder | undefined {
  const s = source.value;
  if (claim.lang !== source.lang || s.kind === 'year' || s.kind === 'date') return undefined;
  const items = itemsOf(source.text, source.quantities, s, source.lang);
  const own = items.find((item) => item.values.includes(s));
  if (!own) return undefined;
  const other = (q: Quantity) => sameUnit(q, s) && q.value !== s.value;
  const rivals = items.filter((item) => item !== own && item.values.some(other));
  if (rivals.length === 0) return undefined;
  const claimItem = claimItemOf(claim);
  if (!claimItem) return undefined;
  // What the passage writes outside its items of the measure (« Le fabricant a annoncé les tarifs … ») tells no item apart.
  const context = new Set(items.filter((item) => !item.values.some((q) => sameUnit(q, s))).flatMap((item) => [...item.terms]));
  const bound = rivals.filter((rival) => {
    if (!meets(own.terms, rival.terms)) return false;
    const ownApart = difference(difference(own.terms, rival.terms), context);
    // The value's own item must have a holder of its own, some term that tells it apart from the rival.
    return ownApart.size > 0 && meets(claimItem.terms, difference(difference(rival.terms, own.terms), context)) && !meets(claimItem.terms, ownApart);
  });
  if (bound.length === 0) return undefined;
  return { ownValues: bound.length === 1 ? bound[0].values.filter(other) : [] };
}

/**
 * The value a claim's holder has in a sentence of parallel items, for a fix: the one value of the measure of the
 * item the claim's words bind its value to (see {@link valueOfAnotherItem}), when the claim's value, in its own
 * item, states the claim's fact (`states`, the checker's test of a value stating the claim). The rival item's
 * value is then the same fact's, for the claim's holder.
 *
 * @param pairings each source value equal to the claim's that {@link valueOfAnotherItem} binds to another item, with
 *   the binding.
 * @param candidates the source values that may be the claim's value's (same measure, same polarity, not another claim value's).
 * @returns the rival's value, or undefined when no equal value states the claim's fact, or the binding gives no single value.
 */
export function rivalItemValue(pairings: ReadonlyMap<Quantity, OtherHolder>, states: (s: Quantity) => boolean, candidates: readonly Quantity[]): Quantity | undefined {
  const rivals = new Set<Quantity>();
  for (const [equal, binding] of pairings) {
    if (binding.ownValues.length !== 1 || !candidates.includes(binding.ownValues[0]) || !states(equal)) continue;
    rivals.add(binding.ownValues[0]);
  }
  return rivals.size === 1 ? [...rivals][0] : undefined;
}
