import type { Quantity } from '../text/quantities';

/**
 * The words that join a part's figure to the figure of its whole after it (« trois articles, sur huit », « trois
 * d'entre les huit », « trois des huit », "three out of eight", "three of the eight", "three among the eight").
 */
const PART_THEN_WHOLE = /^[\s,]*(?:sur|parmi|d['’]\s*entre|des|out\s+of|of|among)(?:\s+(?:les|ces|the|these|those))?\s+$/iu;

/**
 * The same after the part's noun and its complement, past a comma (« quatre projets de fontaines, sur douze »,
 * "four designs for fountains, out of twelve"): a word of part only, not "of" or « des », which join nouns too.
 */
const PART_AFTER_COMMA = /,\s*(?:sur|parmi|out\s+of|among)(?:\s+(?:les|ces|the|these|those))?\s+$/iu;

/** The words that join a whole's figure to the figure of its part after it (« huit articles, dont trois », "eight, of which three"). */
const WHOLE_THEN_PART = /^[\s,]*(?:dont|parmi\s+(?:eux|elles|lesquels|lesquelles)|including|of\s+(?:which|whom))\s+$/iu;

/**
 * Whether a source value is the claim's other figure of a part and its whole, not a value of `claim`: the claim
 * writes a part and its whole (« trois articles, sur huit publiés », "eight ferries, of which three…"), `claim` one of
 * the two and another of `claimQuantities` the other, of the source's value. A count of the whole is no value of
 * its part, nor the reverse: each figure is compared with the source's figure of the same role (one value per fact,
 * as ages.ts takenAsBareNumber does for a bare age). `claimText` is the claim's sentence the quantities index.
 */
export function wholeOrPartOfClaim(claimText: string, claim: Quantity, claimQuantities: readonly Quantity[], source: Quantity): boolean {
  return claimQuantities.some((o) => o !== claim && o.kind === 'number' && claim.kind === 'number' && o.value === source.value && partAndWhole(claimText, claim, o));
}

/** Whether two figures of a text are a part and its whole joined by a word of part (either in the text's order). */
function partAndWhole(text: string, a: Quantity, b: Quantity): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const between = text.slice(first.end, second.approxStart ?? second.start);
  // « trois des huit »: the part's figure written bare, its noun after the whole's.
  const afterFigure = text.slice(first.numberEnd, second.approxStart ?? second.start);
  return PART_THEN_WHOLE.test(between) || PART_THEN_WHOLE.test(afterFigure) || PART_AFTER_COMMA.test(between) || WHOLE_THEN_PART.test(between);
}
