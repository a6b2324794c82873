import type { Quantity } from '../text/quantities';
import { termsOf } from '../text/stem';
import type { Lang } from '../types';

/**
 * Values told « respectivement », "respectively". A passage that gives a list of holders and a list of values in
 * the same order ("Home sales and rents rose 7% and 3% respectively", « Les ventes et les loyers ont progressé
 * respectivement de 7 % et 3 % ») gives each holder the value at its own place in the list. A claim that gives its
 * holder the value of another place ("Rents rose 7%") takes another holder's value: the passage writes both the
 * holder and the value, but not as one fact, and states no claim.
 */

const MARKER = /(?<![\p{L}])(?:respectively|respectivement)(?![\p{L}])/iu;
/** What joins two values of one list: a comma, « et », "and", "or". */
const VALUE_JOIN = /^\s*(?:,\s*(?:and\s+|et\s+)?|and\s+|et\s+|or\s+|ou\s+)$/iu;
/** What joins two holders of one list. */
const HOLDER_JOIN = /,|\s(?:and|et|or|ou)\s/iu;
/** How far (characters) the marker may stand from its list of values, before or after it. */
const markerReach = 40;

/** The run of values joined by {@link VALUE_JOIN} that ends at `last`, in text order. */
function runEndingAt(text: string, values: readonly Quantity[], last: number): Quantity[] {
  const run = [values[last]];
  for (let i = last - 1; i >= 0 && VALUE_JOIN.test(text.slice(values[i].end, run[0].approxStart ?? run[0].start)); i--) run.unshift(values[i]);
  return run;
}

/** The list of values a passage gives « respectivement », and where its list of holders ends; undefined when none. */
function respectiveValues(text: string, quantities: readonly Quantity[]): { values: Quantity[]; holdersEnd: number } | undefined {
  const marker = MARKER.exec(text);
  if (!marker) return undefined;
  const values = quantities.filter((q) => q.kind !== 'year' && q.date === undefined);
  // "… were 29% and 18% lower respectively": the last value before the marker ends the run.
  const before = values.map((q, i) => ({ q, i })).filter(({ q }) => q.end <= marker.index && marker.index - q.end <= markerReach).pop();
  if (before) {
    const run = runEndingAt(text, values, before.i);
    if (run.length >= 2) return { values: run, holdersEnd: run[0].approxStart ?? run[0].start };
  }
  // « … ont progressé respectivement de 7 % et 3 % »: the run starts right after the marker.
  const after = values.findIndex((q) => (q.approxStart ?? q.start) >= marker.index + marker[0].length && (q.approxStart ?? q.start) - marker.index <= markerReach);
  if (after < 0) return undefined;
  let end = after;
  while (end + 1 < values.length && VALUE_JOIN.test(text.slice(values[end].end, values[end + 1].approxStart ?? values[end + 1].start))) end++;
  return end > after ? { values: values.slice(after, end + 1), holdersEnd: marker.index } : undefined;
}

/**
 * The claim value a passage gives « respectivement » to another holder than the claim's, with the value it gives the
 * claim's holder (see the file's comment); undefined when there is none. The passage's holders are the last items,
 * split at commas and « et » / "and", of the text before its values (or before the marker that opens them), as many
 * as the values; the claim's holder is the one item that writes more of the claim's terms that the other items do
 * not write than any other. Undefined when the passage has no such list, when the items do not tell one holder
 * apart, or when the claim's value is at its holder's place. `sameValue`: whether a claim figure and a passage
 * figure are the same value (the checker's comparison). Undefined too when the claim gives the passage's whole list
 * « respectivement » in the same order (`claimText`, see {@link sameRespectiveList}): it holds every holder's value,
 * not one holder's.
 */
export function valueOfAnotherRespectiveHolder(
  claimQuantities: readonly Quantity[],
  claimTerms: ReadonlySet<string>,
  passage: string,
  passageQuantities: readonly Quantity[],
  lang: Lang,
  sameValue: (claim: Quantity, source: Quantity) => boolean,
  claimText?: string,
): { claim: Quantity; source: Quantity } | undefined {
  const list = respectiveValues(passage, passageQuantities);
  if (!list) return undefined;
  if (claimText !== undefined && sameRespectiveList(claimText, claimQuantities, list.values, sameValue)) return undefined;
  const items = passage.slice(0, list.holdersEnd).split(HOLDER_JOIN).slice(-list.values.length);
  if (items.length !== list.values.length) return undefined;
  const itemTerms = items.map((item) => new Set(termsOf(item, lang)));
  const own = itemTerms.map((terms, i) => [...terms].filter((t) => claimTerms.has(t) && itemTerms.every((other, j) => j === i || !other.has(t))).length);
  const best = Math.max(...own);
  if (best === 0 || own.filter((n) => n === best).length > 1) return undefined;
  const holder = own.indexOf(best);
  for (const q of claimQuantities) {
    const places = list.values.flatMap((v, i) => (sameValue(q, v) ? [i] : []));
    if (places.length > 0 && !places.includes(holder)) return { claim: q, source: list.values[holder] };
  }
  return undefined;
}

/**
 * Whether a claim gives « respectivement » the same values as a passage's list, in the same order ("rose by 9.4 per
 * cent and 8.1% respectively" for "rose by 9.4% and 8.1% respectively"): the claim repeats the passage's pairing of
 * holders and values, whatever the words of its holders. Found by the rewrite check (selfcheck.ts --rewrites): the
 * claim's first value, read as one holder's, was contradicted with the second holder's.
 */
function sameRespectiveList(claimText: string, claimQuantities: readonly Quantity[], values: readonly Quantity[], sameValue: (claim: Quantity, source: Quantity) => boolean): boolean {
  const own = respectiveValues(claimText, claimQuantities);
  return own !== undefined && own.values.length === values.length && own.values.every((q, i) => sameValue(q, values[i]));
}
