import type { Quantity } from '../text/quantities';

/**
 * The words that open a range before its first value and the words between its two values: « de 18 heures jusqu'à
 * 4 heures », « du 3 au 5 », "from 6 to 9", « entre 8 et 10 heures », "between 8 and 10 hours".
 */
const RANGE_FORMS: readonly { open: RegExp; link: RegExp }[] = [
  { open: /(?:^|[\s(])(?:de|d['’]|du|depuis|from)\s*$/iu, link: /^\s*(?:jusqu['’]\s*(?:à|au|aux|a)|à|au|until|till|to|through|-|–)\s*$/iu },
  { open: /(?:^|[\s(])(?:entre|between)\s*$/iu, link: /^\s*(?:et|and)\s*$/iu },
];
/** Words that mark a value as the end of a span by themselves (« jusqu'à 4 heures du matin », "until 6am"). */
const END_BEFORE = /(?:^|[\s(])(?:jusqu['’]\s*(?:à|au|aux|a)|until|till)\s*$/iu;

/** Which bound of a range a value is: the first (`start`), the last (`end`), or neither (`undefined`). */
export type RangeBound = 'start' | 'end' | undefined;

const startOf = (q: Quantity) => q.approxStart ?? q.start;

/**
 * Which bound of a range written in `text` the value `q` is: « de 18 heures jusqu'à 4 heures », "from 6pm to 4am",
 * « entre 8 et 10 heures ». The two values follow each other with only a range word between them, the first after
 * a word that opens a range. A value after « jusqu'à » or "until" alone is an end too (« jusqu'à 4 heures mardi
 * matin »). `quantities`: the text's values, in text order. `undefined` when `q` is no bound of a range.
 */
export function rangeBound(text: string, q: Quantity, quantities: readonly Quantity[]): RangeBound {
  const i = quantities.indexOf(q);
  if (i < 0) return undefined;
  const previous = quantities[i - 1];
  const next = quantities[i + 1];
  // « jusqu'à » may be read as the qualifier of the value (an upper bound): the words before the figure itself count.
  const pair = (a: Quantity, b: Quantity) =>
    a.kind === b.kind &&
    (a.unit === undefined || b.unit === undefined || a.unit === b.unit) &&
    RANGE_FORMS.some((f) => f.open.test(text.slice(Math.max(0, startOf(a) - 12), startOf(a))) && f.link.test(text.slice(a.end, b.start)));
  if (next && pair(q, next)) return 'start';
  if (previous && pair(previous, q)) return 'end';
  if (END_BEFORE.test(text.slice(Math.max(0, q.start - 12), q.start))) return 'end';
  return undefined;
}

/**
 * Whether a claim's value may be compared with a source's, as bounds of a span: the end of the claim's range
 * (« jusqu'à 4 heures ») is the value of the source's end only, never of the time the span starts at (« il prendra
 * effet à 20 heures »), which would be "fixed" in its place; the start of the claim's range is never compared with
 * the source's end. A value that is no bound compares as before.
 */
export function sameRangeBound(
  claimText: string,
  claim: Quantity,
  claimQuantities: readonly Quantity[],
  sourceText: string,
  source: Quantity,
  sourceQuantities: readonly Quantity[],
): boolean {
  const claimBound = rangeBound(claimText, claim, claimQuantities);
  if (claimBound === undefined) return true;
  const sourceBound = rangeBound(sourceText, source, sourceQuantities);
  return claimBound === 'end' ? sourceBound === 'end' : sourceBound !== 'end';
}

/** A range opened on a figure right before a qualifier (« de 19 heures », « du 3 », "from 6"). */
const OPENED_ON_FIGURE = /(?:^|[\s(])(?:de|d['’]|du|depuis|from)\s+\d[\d\s.,:h]*(?:\p{L}+)?\s*$/iu;

/**
 * Whether the qualifier read before a value is the link of a range whose end the value is (« de 19 heures jusqu'à
 * 3 heures », "from 6 up to 9"), not a bound: a fix of the value then keeps those words (it is no bound to replace
 * with the source's).
 */
export function qualifierLinksRange(text: string, q: Quantity): boolean {
  if (q.approxStart === undefined || q.approx !== 'at-most') return false;
  return OPENED_ON_FIGURE.test(text.slice(Math.max(0, q.approxStart - 30), q.approxStart));
}

/** A range opened on a figure and its link right before a value (« de 19 heures à », "from 6 to"). */
const RANGE_BEFORE_END = /(?:^|[\s(])(?:de|d['’]|du|depuis|from)\s+\d[\d\s.,:h]*(?:\p{L}+)?\s+(?:jusqu['’]\s*(?:à|au|a)|à|au|until|till|to)\s*$/iu;

/** Whether a value is written as the end of a range opened on a figure (« de 19 heures à 2 heures », "from 6 to 9"). */
export function endsRange(text: string, q: Quantity): boolean {
  return RANGE_BEFORE_END.test(text.slice(Math.max(0, q.start - 40), q.start));
}
