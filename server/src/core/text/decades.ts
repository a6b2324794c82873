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
export function isDecadeAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token?.kind !== 'number' || !/^(?:1\d|20)?\d0$/.test(token.text)) return false;
  const previous = tokens[index - 1];
  if (previous?.norm === 'annees') return true;
  if (!previous || !(DECADE_LINKS.has(previous.norm) || previous.text === '-')) return false;
  return isDecadeAt(tokens, index - 2);
}
