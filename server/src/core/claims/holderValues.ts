import { clauseSpans } from '../text/clauses';
import type { Quantity } from '../text/quantities';

/**
 * A holder–value pairing: a passage that gives values to several holders in parallel (« 38,4 % en Argentine,
 * 15,6 % en Italie, 10,3 % en Suisse », "Suez owns 40% …, while Aguas de Barcelona … with 25.01%", « dont 3 pour A
 * et 5 pour B ») states each value of its own holder only. A claim that pairs one of those values with another
 * holder of the same list states no value of the passage: the equal figure is another holder's.
 */

/**
 * Where a list item ends: a comma, a semicolon, a colon, a parenthesis, a dash (a hyphen set between spaces
 * included), or a conjunction or comparison that opens the next item (« contre », "against", "compared with", as
 * valueClause.ts's comparisons). Why these and not the other cuts' breaks: see text/clauses.ts. Shared with
 * itemHolders.ts, which binds values to items by their words.
 */
export const ITEM_BREAK = /[,;:()\u2013\u2014]|\s-\s|\s(?:and|while|whereas|but|against|compared\s+with|versus|et|dont|tandis\s+que|alors\s+que|mais|contre|face\s+à)\s/giu;

/** A run of capitalised words, joined by a space or a name particle (« de », "of"): one name (« Aguas de Barcelona »). */
const NAME_RUN = /\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:(?:de|du|des|of|la|le|del|d['’])\s+)?\p{Lu}[\p{L}\p{N}'’.-]*)*/gu;

/** Capitalised words that start a sentence or clause without being names. */
const NOT_NAME = new Set(['the', 'of', 'in', 'at', 'a', 'an', 'some', 'le', 'la', 'les', 'l', 'au', 'aux', 'en', 'un', 'une', 'des', 'du', 'de', 'selon', 'parmi', 'among', 'by', 'for', 'pour', 'avec', 'with', 'while', 'and', 'et', 'but', 'mais', 'it', 'il', 'elle', 'they', 'ils', 'he', 'she', 'c', 'ce', 'cette', 'this', 'that', 'mr', 'mrs', 'ms', 'm', 'mme']);

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A name's words, folded, the possessive dropped ("Spain's" → spain). */
function nameWords(run: string): string[] {
  return fold(run)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && w !== 's' && !['de', 'du', 'des', 'of', 'la', 'le', 'del', 'd'].includes(w));
}

/** A name of a text span: its words, and the slot it fills in its item (see {@link slotBefore}). */
interface Name {
  words: string[];
  slot: string;
}

/** Words that fill no slot: a determiner or possessive between a name and the word that governs it. */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'le', 'la', 'les', 'l', 'un', 'une', 'son', 'sa', 'ses', 'leur', 'leurs']);

/**
 * The slot a name fills: the word that governs it, right before it in its item, determiners skipped (« en » of « en
 * Italie », "in" of "in Switzerland"), or '^' when the name opens its item (a subject: "Suez owns", "while Spain's
 * Aguas de Barcelona is"). Two holders of one list fill the same slot.
 */
function slotBefore(before: string): string {
  const words = fold(before).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0 && !DETERMINERS.has(w));
  return words.length === 0 ? '^' : words[words.length - 1];
}

/** The names of a text span, each as its words (function words that open a sentence left out) and its slot. */
export function namesIn(text: string): Name[] {
  const names: Name[] = [];
  for (const match of text.matchAll(NAME_RUN)) {
    const words = nameWords(match[0]);
    while (words.length > 0 && NOT_NAME.has(words[0])) words.shift();
    if (words.length > 0) names.push({ words, slot: slotBefore(text.slice(0, match.index ?? 0)) });
  }
  return names;
}

/** Whether a name (its words) is written in a text's words, as a run. */
export function written(name: readonly string[], words: readonly string[]): boolean {
  for (let i = 0; i + name.length <= words.length; i++) if (name.every((w, j) => words[i + j] === w)) return true;
  return false;
}

interface Item {
  start: number;
  end: number;
  words: string[];
  names: Name[];
  values: Quantity[];
}

/** The list items of a sentence: spans between {@link ITEM_BREAK}s, with their names and values. */
export function itemsOf(text: string, quantities: readonly Quantity[]): Item[] {
  // A break inside a value ("1,000", « 3,5 ») is none.
  const isBreak = (at: number) => !quantities.some((q) => at > q.start && at < q.end);
  return clauseSpans(text, ITEM_BREAK, { isBreak }).map(({ start, end }) => {
    const span = text.slice(start, end);
    return { start, end, words: nameWords(span), names: namesIn(span), values: quantities.filter((q) => q.start >= start && q.end <= end) };
  });
}

/** A holder's value the passage gives it in its own list item. */
export interface OtherHolder {
  /** The values of the claim's holder's item of the same unit as the claim's (empty when the passage gives it none, or the claim names several holders of the list). */
  ownValues: Quantity[];
}

/**
 * Whether a source value equal to a claim value is another holder's in a list that pairs holders and values in
 * parallel: the source value's list item names a holder (a name) the claim does not write, and a name of the claim
 * is written in another item of the same sentence that gives a value of the same unit (its own). Every name of the
 * claim must be written in the sentence (else the claim may tell another fact), and no name of the claim in the
 * source value's item. Undefined when the sentence pairs no such values.
 *
 * @returns the claim's holder's own values of the same unit (empty when more than one item holds names of the claim).
 */
export function valueOfAnotherHolder(claimText: string, sourceText: string, source: Quantity, sourceQuantities: readonly Quantity[]): OtherHolder | undefined {
  // A year or a date is the time of a fact, no holder's value.
  if (source.kind === 'year' || source.kind === 'date') return undefined;
  const claimNames = namesIn(claimText).map((n) => n.words);
  if (claimNames.length === 0) return undefined;
  const sentenceWords = nameWords(sourceText);
  if (!claimNames.every((n) => written(n, sentenceWords))) return undefined;
  const items = itemsOf(sourceText, sourceQuantities);
  const own = items.find((item) => item.values.includes(source));
  if (!own) return undefined;
  const inClaim = (name: Name) => claimNames.some((n) => written(n, name.words) || written(name.words, n));
  // The source value's own holder: a name of its item that the claim does not write.
  const ownHolders = own.names.filter((n) => !inClaim(n));
  if (ownHolders.length === 0) return undefined;
  if (claimNames.some((n) => written(n, own.words))) return undefined;
  const sameUnit = (q: Quantity) => q.kind === source.kind && q.unit === source.unit && q.value !== source.value;
  // The claim's holder: a name of the claim in another item that gives a value of the same unit, in the same slot
  // as the source value's holder (two places after « en », two subjects): two holders of one list.
  const holders = items.filter((item) => item !== own && item.values.some(sameUnit) && item.names.some((n) => inClaim(n) && ownHolders.some((h) => h.slot === n.slot)));
  if (holders.length === 0) return undefined;
  return { ownValues: holders.length === 1 ? holders[0].values.filter(sameUnit) : [] };
}
