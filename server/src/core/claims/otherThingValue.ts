import type { Quantity } from '../text/quantities';
import { clauseAround } from './alignment';
import { namesIn } from './holderValues';

/**
 * A value of another thing in the claim's story: an article gives its blast's crater (« un cratère de 43 mètres »)
 * and, later, for comparison, another's (« le cratère d'un essai nucléaire au Nevada mesurait 100 mètres »). A claim
 * about the story's crater that gets the figure wrong is not fixed with the other thing's: the passage that states a
 * value of the claim's measure beside a name the claim and the article's title never write, where the article
 * gives a value of that measure elsewhere without that name, tells the other thing's value.
 */

/**
 * Units of physical measure (stems, as the quantity parser gives them): lengths, areas, masses, volumes, degrees,
 * speeds. Counts, money, shares and times are left out: an article gives many of those to many things.
 */
const MEASURE_UNIT = /^(?:metr|meter|km|kilometr|kilometer|cm|centimetr|centimet|mm|millimetr|mile|feet|foot|ft|yard|inch|ton|tonn|kg|kilo|kilogram|gram|gramm|litr|liter|hectar|acr|degr|degre|mph)$/;

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A sentence of the article with its values. */
export interface ArticleSentence {
  text: string;
  quantities: readonly Quantity[];
}

/**
 * Whether `source` (a value of `sourceText` in a unit of physical measure: metres, tonnes, hectares, degrees…) is
 * told of another thing than the claim's: the clause of the value
 * names a name (see `namesIn`; not the sentence's capitalised first word) none of whose words is among `claimNames` (the
 * claim's name words, folded) or the article's `title`, and another sentence of the article (`others`) gives a
 * value of the same measure (`sameMeasure`) and another figure without writing that name (`others` is read only when
 * the name is found). False otherwise.
 */
export function valueOfAnotherThing(
  claimNames: ReadonlySet<string>,
  title: string,
  sourceText: string,
  source: Quantity,
  others: () => readonly ArticleSentence[],
  sameMeasure: (other: Quantity) => boolean,
): boolean {
  if (source.kind !== 'number' || !source.unit || !MEASURE_UNIT.test(source.unit) || source.age || source.date) return false;
  const clause = clauseAround(sourceText, source.start, source.end);
  const titleWords = new Set(fold(title).split(/[^\p{L}\p{N}]+/u));
  // The sentence's first word is capitalised as any first word is (« L'explosion a creusé … »): no name.
  const text = sourceText.slice(0, 1).toLowerCase() + sourceText.slice(1);
  const names = namesIn(text.slice(clause.start, clause.end))
    .filter((n) => n.words.every((w) => !claimNames.has(w) && !titleWords.has(w)));
  if (names.length === 0) return false;
  return others().some(
    (o) =>
      o.text !== sourceText &&
      o.quantities.some((q) => sameMeasure(q) && q.value !== source.value) &&
      names.every((n) => n.words.every((w) => !fold(o.text).split(/[^\p{L}\p{N}]+/u).includes(w))),
  );
}
