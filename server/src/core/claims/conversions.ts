import type { Quantity } from '../text/quantities';

/** Only a parenthesis or an "or"/« soit » between an amount and its conversion: "$1.1m (£600,000)", "$50,000, or £29,000", « 50 000 dollars (44 000 euros) ». */
const OPENS_CONVERSION = /^\s*(?:\(\s*(?:(?:or|soit|about|around|environ)\s+)?|,?\s*(?:or|soit)\s+)$/iu;

/**
 * The amount a money value restates in another currency, or that restates it: the press gives an amount and its
 * conversion in parentheses right after it ("The auction made a total of $1.1m (£600,000)"). Both are one fact;
 * undefined when `value` is neither such an amount nor such a conversion. `quantities` are the text's values.
 */
export function conversionPartner(text: string, value: Quantity, quantities: readonly Quantity[]): Quantity | undefined {
  if (value.kind !== 'money') return undefined;
  const start = value.approxStart ?? value.start;
  return quantities.find((o) => {
    if (o === value || o.kind !== 'money' || o.unit === value.unit) return false;
    const oStart = o.approxStart ?? o.start;
    if (o.end <= start) return OPENS_CONVERSION.test(text.slice(o.end, start));
    if (oStart >= value.end) return OPENS_CONVERSION.test(text.slice(value.end, oStart));
    return false;
  });
}

/**
 * Where an amount's conversion in brackets that follows it ends: just past the closing bracket of "$1.5bn (£800m)"
 * in "a $1.5bn (£800m) joint venture factory", where the words that tell what the amount measures go on. Undefined
 * when no money conversion in brackets follows `value` (see {@link conversionPartner}), or its bracket is not
 * closed right after the converted amount. Offsets are UTF-16 indices into `text`.
 */
export function bracketedConversionEnd(text: string, value: Quantity, quantities: readonly Quantity[]): number | undefined {
  const partner = conversionPartner(text, value, quantities);
  if (!partner || (partner.approxStart ?? partner.start) < value.end || !text.slice(value.end, partner.approxStart ?? partner.start).includes('(')) return undefined;
  const close = /^\s*\)/u.exec(text.slice(partner.end));
  return close ? partner.end + close[0].length : undefined;
}
