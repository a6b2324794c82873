import type { Quantity } from './quantities';

/**
 * How far apart the two figures of one sum in two currencies may be, once scaled alike, to be read as one sum:
 * between 1/5 and 5 times (exchange rates of the currencies the parser reads, USD, EUR, GBP, CNY, per unit, lie
 * within this band but for JPY, whose figures are too far apart to be taken for another scale).
 */
const RATE_BAND = 5;
/** Without the scale, the two figures are this many times apart or more: the scale is missing, not the sum different. */
const UNSCALED_GAP = 100;

/** An opening parenthesis between a sum and its conversion ("$6.3 (£3.35m)"), nothing else. */
const OPENING = /^\s*\(\s*$/u;

/**
 * The quantities with the scale a sum forgot written back from its conversion: "It came in seventh $6.3 (£3.35m)"
 * is a typo for $6.3m (the pound figure in parentheses says the scale; 6.3 dollars would be a million times less
 * than 3.35 million pounds). A sum of money with no scale word is given the scale of the sum in another currency
 * right after it in parentheses (or right before it, "£3.35m ($6.3)") when, scaled alike, the two figures are
 * within {@link RATE_BAND} of each other and, unscaled, at least {@link UNSCALED_GAP} apart. Such a sum is then
 * compared and written in a fix at that scale, never as a sum of a few units. `text` is the text the quantities
 * were read in; the quantities are in text order.
 */
export function withConversionScale(text: string, quantities: Quantity[]): Quantity[] {
  const result = quantities.slice();
  for (let i = 0; i + 1 < result.length; i++) {
    const a = result[i];
    const b = result[i + 1];
    if (a.kind !== 'money' || b.kind !== 'money' || a.unit === b.unit || !OPENING.test(text.slice(a.end, b.approxStart ?? b.start))) continue;
    const [unscaled, scaled, at] = a.scale === 1 && !a.scaleWord && b.scale > 1 ? [a, b, i] : b.scale === 1 && !b.scaleWord && a.scale > 1 ? [b, a, i + 1] : [];
    if (!unscaled || !scaled || at === undefined || unscaled.value <= 0) continue;
    const ratio = (unscaled.value * scaled.scale) / scaled.value;
    if (ratio < 1 / RATE_BAND || ratio > RATE_BAND || scaled.value / unscaled.value < UNSCALED_GAP) continue;
    result[at] = { ...unscaled, value: unscaled.value * scaled.scale, scale: scaled.scale, scaleInferred: true };
  }
  return result;
}
