import type { Quantity } from '../text/quantities';

/** The measure noun of an item, right after its value and unit: « de grève », "of talks", "in fines". */
const OWN_NOUN = /^\s*(?:de|d['’]|des|du|of|in)\s*\p{L}/iu;

/**
 * What is left between two values of a list of measures, after the first value: its measure noun (one to three
 * words, after « de », "of", "in") and the join that opens the next item (« , », « et », "and", « ou », "or"):
 * « 12 jours [de grève et] 3 jours de négociations », "12 days [of strike and] 3 days of talks", « 40 heures [de
 * houle, ] 7 heures de crue ».
 */
const ITEM_TAIL = /^\s*(?:de|d['’]|des|du|of|in)\s*(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+\s*(?:,\s*(?:et|and|ou|or)?|et|and|ou|or)\s*$/iu;

/**
 * The value before `quantity` in a list of measures: « N de X et M de Y », "N days of X and M days of Y", « N de X,
 * M de Y ». The nearest content word before M is then X, the measure noun of N, which states no word of M's fact
 * (« Après 12 jours de grève et 3 jours de négociations »: 3 is a count of days of talks, not of strike); M shares
 * with N what governs the whole list (the verb or noun before N) and has its own measure noun. Only for two values
 * of one kind (two durations, two counts, two amounts; no years or dates) with nothing but N's measure noun and a
 * join between them.
 *
 * @returns the list's previous value, or undefined when `quantity` is no later item of such a list.
 */
export function previousListedValue(text: string, quantity: Quantity, quantities: readonly Quantity[]): Quantity | undefined {
  const head = quantity.approxStart ?? quantity.start;
  const previous = quantities.filter((q) => q.end <= head && q !== quantity).at(-1);
  if (!previous || previous.kind !== quantity.kind || quantity.kind === 'year' || quantity.kind === 'date') return undefined;
  // Each item names its noun after « de », "of" (« 3 jours de négociations »); a count whose unit is its noun
  // (« 750 salariés d'EDF et 300 prestataires œuvraient ») is compared by its unit, its verb being the whole list's.
  if (!OWN_NOUN.test(text.slice(quantity.end)) || !OWN_NOUN.test(text.slice(previous.end))) return undefined;
  return ITEM_TAIL.test(text.slice(previous.end, head)) ? previous : undefined;
}

/**
 * Whether a value is an item of a list of measures (see {@link previousListedValue}), the first one included: its
 * fact is told by its own measure noun, since the words that govern the list govern every item of it.
 */
export function inMeasureList(text: string, quantity: Quantity, quantities: readonly Quantity[]): boolean {
  if (previousListedValue(text, quantity, quantities)) return true;
  const next = quantities.find((q) => q.start >= quantity.end && q !== quantity);
  return next !== undefined && previousListedValue(text, next, quantities) === quantity;
}

/** The values of the list of measures `quantity` is an item of, in order (empty when it is in none). */
export function measureListOf(text: string, quantity: Quantity, quantities: readonly Quantity[]): Quantity[] {
  if (!inMeasureList(text, quantity, quantities)) return [];
  const items = [quantity];
  for (let previous = previousListedValue(text, quantity, quantities); previous; previous = previousListedValue(text, previous, quantities)) items.unshift(previous);
  for (let at = quantities.indexOf(quantity) + 1; at < quantities.length && previousListedValue(text, quantities[at], quantities) === items[items.length - 1]; at++) items.push(quantities[at]);
  return items;
}
