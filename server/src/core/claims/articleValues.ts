import type { Quantity } from '../text/quantities';

/** How one sentence of an article reads a claim: the claim's values it states and those it gives another value. */
export interface SentenceReading<S> {
  sentence: S;
  /** The claim's values the sentence states as the values of the claim's facts (aligned, same value). */
  matched: readonly Quantity[];
  /** The claim's values the sentence gives another value of the same fact. */
  conflicts: readonly { claim: Quantity }[];
  /** Whether every name of the claim is named in the sentence or the text around it. */
  namesCovered: boolean;
  /** Weighted share (0–1) of the claim's words and values the sentence states. */
  coverage: number;
  /** Whether the sentence's stating clause says the claim's predicate the other way (polarity differs). */
  negated: boolean;
  claimNegated: boolean;
}

/** What {@link valuesToldApart} finds: the sentence that tells the claim, and for each value it leaves out, a sentence that states it. */
export interface ValuesToldApart<S> {
  main: S;
  /** The claim's values the main sentence does not state. */
  unmatched: Quantity[];
  /** For each of {@link unmatched}, in order, a sentence of the same article that states it. */
  stating: S[];
}

/**
 * A claim whose values one article tells in different sentences (« La grenade pèse 190 g, dont 26 g d'explosif »
 * where one sentence gives the weight and another the charge; "The Fed raised its rate to 2%, its fourth rise in
 * five months" where the lead tells the count and the next sentence the rate): the sentence of `readings` (one per
 * sentence of one article) that states the most of the claim, its names covered, at least `threshold` of it, with
 * no value of the claim given another value and the claim's polarity, and for each claim value it leaves out
 * another sentence of the article that writes that value itself as the value of the claim's fact
 * (`test.statesValue`: its governing word or measured noun the claim's) with no value of the claim given another
 * value and the same polarity. `undefined` when the main sentence states every value (a single passage decides),
 * when it writes another value of a left-out value's measure (`test.writesMeasure`: « Le 16 janvier, le tribunal
 * ordonne … » tells another day than the claim's « le 20 mai »), when some value is stated by no other sentence of
 * the article, or when any sentence of the article gives one of the left-out values another value of its fact.
 * The caller still has to check the main sentence as a support of the claim without the left-out values.
 */
export function valuesToldApart<S>(
  checkable: readonly Quantity[],
  readings: readonly SentenceReading<S>[],
  threshold: number,
  test: { statesValue: (q: Quantity, sentence: S) => boolean; writesMeasure: (q: Quantity, sentence: S) => boolean },
): ValuesToldApart<S> | undefined {
  if (checkable.length === 0) return undefined;
  const clean = (r: SentenceReading<S>) => r.conflicts.length === 0 && r.negated === r.claimNegated;
  const main = readings
    .filter((r) => clean(r) && r.namesCovered && r.coverage >= threshold && r.matched.length < checkable.length)
    .sort((a, b) => b.coverage - a.coverage)[0];
  if (!main) return undefined;
  // A sentence that states every value of the claim decides alone, whatever it says of the rest.
  if (readings.some((r) => r.matched.length === checkable.length && r.coverage >= threshold)) return undefined;
  const unmatched = checkable.filter((q) => !main.matched.includes(q));
  // A main sentence that writes another value of a left-out value's measure may tell it another value: unsure.
  if (unmatched.some((q) => test.writesMeasure(q, main.sentence))) return undefined;
  if (readings.some((r) => r.conflicts.some((c) => unmatched.includes(c.claim)))) return undefined;
  const stating: S[] = [];
  for (const q of unmatched) {
    const other = readings.find((r) => r !== main && clean(r) && r.matched.includes(q) && test.statesValue(q, r.sentence));
    if (!other) return undefined;
    stating.push(other.sentence);
  }
  return { main: main.sentence, unmatched, stating };
}
