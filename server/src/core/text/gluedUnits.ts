import type { Lang } from '../types';

/**
 * Units of measure the press glues to a figure (« 5,50m », « 2,5km », "3.2kg", « 12ha »): SI and common metric
 * symbols, case as written. Not "M", "bn", "k" (scale words: see the quantities' suffixes), nor "h" (a time of day,
 * « 16h10 »), nor "p" (pence).
 */
const GLUED_UNIT = /^(\d+(?:[.,]\d+)?)(km|m|cm|mm|kg|g|mg|t|ha|l|cl|ml|kW|MW|GW|kWh|MWh|GWh|km²|m²|m³|km2|m2|m3)$/;

/**
 * A figure written with its unit of measure glued to it, as one word (« 5,50m », « 2,5km », "3.2kg"): the figure's
 * digits as written and the unit's symbol, lower-cased (as the same symbol written apart is read). `undefined` for
 * any other word; for "m" in English, which the English press glues for a million ("5m people", "paid 20m"),
 * not for metres (money and bare millions are read before this: bareMillion.ts).
 */
export function gluedUnit(word: string, lang: Lang): { digits: string; unit: string } | undefined {
  const match = GLUED_UNIT.exec(word);
  if (!match || (match[2] === 'm' && lang !== 'fr')) return undefined;
  return { digits: match[1], unit: match[2].toLowerCase() };
}
