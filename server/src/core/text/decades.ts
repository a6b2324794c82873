import type { Lang } from '../types';
import { numberWordsValue } from './numberWords';
import type { Token } from './tokenize';

/** The unit of a decade read as a quantity (« les années 1950 » is 1950 decades' unit, kind 'number'). */
export const DECADE_UNIT = 'decennie';

/** Words joining two decades (« les années 1950 et 1960 », « des années 70 à 90 »), folded. */
const DECADE_LINKS = new Set(['et', 'ou', 'a', 'aux', 'au']);

/**
 * Whether the number token at `index` writes a decade, not a year: a round figure of tens right after « années »
 * (« au début des années 1950 », « les années 80 ») or after a word linking it to such a decade (« années 1950 et
 * 1960 »). A decade is ten years: never a year to compare with a claim's nor to write in a fix. (chrono-node reads
 * neither « les années 1950 » nor "the 1950s": measured, both give no result; English decades written "1950s" are
 * one word, which no quantity reads.)
 */
export function isDecadeAt(tokens: readonly Token[], index: number, lang: Lang = 'fr'): boolean {
  const token = tokens[index];
  if (!token) return false;
  if (token.kind === 'word') {
    // « les années soixante-dix », « les années trente »: a round ten in words after « années » is a decade too.
    const value = numberWordsValue([token.norm], lang);
    if (value === undefined || value < 10 || value > 90 || value % 10 !== 0) return false;
  } else if (token.kind !== 'number' || !/^(?:1\d|20)?\d0$/.test(token.text)) return false;
  const previous = tokens[index - 1];
  if (previous?.norm === 'annees') return true;
  if (!previous || !(DECADE_LINKS.has(previous.norm) || previous.text === '-')) return false;
  return isDecadeAt(tokens, index - 2, lang);
}

/**
 * Whether two decades (quantities of unit {@link DECADE_UNIT}, values as written) are one: equal, or one written
 * with two digits and the other with four ending in them (« les années 70 » and « les années 1970 »). A decade in
 * two digits names the decade of the century the writer means (1970s or 2070s); only its last two digits are
 * compared, so a decade is never contradicted by the same decade written short.
 */
export function sameDecade(a: number, b: number): boolean {
  if (a === b) return true;
  return (a < 100 || b < 100) && a % 100 === b % 100;
}
