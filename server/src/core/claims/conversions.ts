import type { Approx, Quantity } from '../text/quantities';

/**
 * Only a parenthesis or an "or"/« soit » between an amount and its conversion: "$1.1m (£600,000)", "$50,000, or
 * £29,000", « 50 000 dollars (44 000 euros) »; after the currency's adjective the figure's reading leaves out
 * (« 100 milliards de livres libanaises (55 millions d'euros) »).
 */
const OPENS_CONVERSION = /^(?:\s+\p{Ll}+)?\s*(?:\(\s*(?:(?:[Oo]r|[Ss]oit|[Aa]bout|[Aa]round|[Ee]nviron)\s+)?|,?\s*(?:or|soit)\s+)$/u;

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

/**
 * Whether a claim's amount may be the conversion, unwritten in the passage, of another amount than the one the
 * passage's `source` value is (or converts): "Grey's offer was worth about £4.3bn" against "a $6.75bn (£3.6bn)
 * buyout from Pell, … a deal worth $8bn" — the pounds may convert the $8bn, whose pounds the passage does not give.
 * A claim in one currency is contradicted only by a value in that currency of the same fact; an amount `other` in
 * another currency, with no conversion into the claim's, aligned with the claim's value at least as well as
 * `source` (`share`: the alignment's share of a passage value, 0–1), may be that fact. When the claim writes its
 * amount's own conversion ("100bn pounds, or €252m"), that amount names the fact: only a passage amount equal to it
 * (`same`) may be another fact's. `claim.quantities`, `passage.quantities`: each text's values, in order.
 */
export function convertedAmountElsewhere(
  claim: { text: string; quantities: readonly Quantity[]; value: Quantity },
  passage: { text: string; quantities: readonly Quantity[]; value: Quantity },
  share: (value: Quantity) => number,
  same: (a: Quantity, b: Quantity) => boolean,
): boolean {
  const { value: q } = claim;
  const { text, quantities, value: source } = passage;
  if (q.kind !== 'money' || source.kind !== 'money' || q.unit === undefined || source.unit !== q.unit) return false;
  const partner = conversionPartner(text, source, quantities);
  const own = conversionPartner(claim.text, q, claim.quantities);
  if (own && partner && same(own, partner)) return false;
  const sourceShare = share(source);
  return quantities.some((other) => {
    if (other === source || other === partner || other.kind !== 'money' || other.unit === undefined || other.unit === q.unit) return false;
    if (conversionPartner(text, other, quantities)?.unit === q.unit) return false;
    if (own && !same(own, other)) return false;
    // A passage value bound to no amount, beside an amount the claim writes too (« 1.000 yuans par mois (124 euros) »
    // for « 1.000 yuans par mois (186 euros) »): the claim's value and the passage's convert that one amount.
    if (!partner && claim.quantities.some((c) => c !== q && same(c, other))) return false;
    return share(other) >= sourceShare - 1e-9;
  });
}

/**
 * The bound a money value takes from the amount it converts: "valued at up to $50,000 (£29,000)" gives at most
 * £29,000, as the bound written before an amount holds its conversion in brackets too. Its `approx` and the bound's
 * words as written in `text` (the passage; "up to ", with the space that follows them). Undefined when `source`
 * writes a qualifier of its own, or is no conversion that follows a qualified amount. `quantities`: the passage's
 * values (see {@link conversionPartner}).
 */
export function convertedBound(text: string, source: Quantity, quantities: readonly Quantity[]): { approx: Approx; written: string } | undefined {
  if (source.approx !== undefined) return undefined;
  const partner = conversionPartner(text, source, quantities);
  if (!partner || partner.end > source.start || partner.approx === undefined || partner.approxStart === undefined) return undefined;
  return { approx: partner.approx, written: text.slice(partner.approxStart, partner.start).replace(/^\s+/u, '') };
}
