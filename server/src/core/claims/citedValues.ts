import type { Quantity } from '../text/quantities';
import type { Lang } from '../types';
import { valueContext } from './alignment';

/** A claim's value and the other value a passage gives its fact. */
export interface ValuePair {
  claim: Quantity;
  source: Quantity;
}

/**
 * The value the source a claim cites gives the claim's fact, where the claim writes another and the words that
 * govern the two differ (« Elle a subi pendant 40 ans les violences de son mari [@a] » against @a's « Victime
 * pendant 47 ans de violences … par son mari »): the alignment of uncited passages asks for the claim's governing
 * word around the source's value (two verbs say two predicates: "paid $9.4bn in back taxes" is not "hit with a bill
 * of $27bn in back taxes"); the writer's citation ties the claim to this source as that word would. The two values
 * must measure the same noun (the first content word after each, « violences »), read in the same relation (same
 * per-unit, increment, range bound and rank), and be the passage's only value of that measure that differs, so that
 * which of them is the claim's is not in doubt. Only figures with a unit (a count, an amount, a duration: no year,
 * date or bare number), in one language.
 *
 * `checkable`: the claim's values to compare; `matched`: those the passage states; `passage`, `passageQuantities`:
 * the cited passage's sentence and its values; `sameMeasure(claim, source)`: whether two values measure in one unit;
 * `differs(claim, source)`: whether the source's value is another value, not the claim's (nor a bound it meets).
 * Returns the pair, or undefined when there is none or more than one.
 */
export function citedValueOfFact(
  claimText: string,
  claimQuantities: readonly Quantity[],
  checkable: readonly Quantity[],
  matched: readonly Quantity[],
  claimLang: Lang,
  passage: string,
  passageQuantities: readonly Quantity[],
  passageLang: Lang,
  sameMeasure: (claim: Quantity, source: Quantity) => boolean,
  differs: (claim: Quantity, source: Quantity) => boolean,
): ValuePair | undefined {
  if (claimLang !== passageLang) return undefined;
  const pairs: ValuePair[] = [];
  for (const q of checkable) {
    if (q.kind !== 'number' || !q.unit || matched.includes(q)) continue;
    const claim = valueContext(claimText, q, claimQuantities, claimLang);
    if (!claim.measure?.length) continue;
    for (const s of passageQuantities) {
      if (s.kind !== 'number' || !sameMeasure(q, s)) continue;
      const source = valueContext(passage, s, passageQuantities, passageLang);
      if (!source.measure?.some((t) => claim.measure!.includes(t))) continue;
      if (claim.per !== source.per || claim.extra !== source.extra || claim.range !== source.range || claim.rank !== source.rank) continue;
      if (!differs(q, s)) {
        // The passage gives the claim's value too: no other value of the fact.
        return undefined;
      }
      pairs.push({ claim: q, source: s });
    }
  }
  return pairs.length === 1 ? pairs[0] : undefined;
}
