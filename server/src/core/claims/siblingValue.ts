import type { Quantity } from '../text/quantities';
import { tokenize } from '../text/tokenize';
import { clauseAround } from './alignment';

/**
 * A value bound to its fact by the value written next to it. Two values are often written as one phrase: a count
 * and its part (« 43 personnes dont seize enfants », "207 dead, including 35 foreigners"), a change and the level
 * it reached ("rose 9% to £450.7m"), the two ends of a span ("for the years 2005 to 2015", « de 2005 à 2015 »). When
 * the passage writes the claim's other value of that phrase, equal, joined to a value of the claim value's measure by
 * the same link word (« 33 personnes au total dont seize enfants », "a 19% rise in profits to £450.7m", "from 2006
 * to 2015"), that value is the claim value's fact's, whatever the words around it: the equal value beside it ties
 * it to the claim's phrase, where the few words of a window (alignment.ts's align) may differ in form.
 */

/**
 * Link words that join two values of one phrase: a part of a count (« dont », "including", "of which"), the end or
 * level after a start or a change ("to", « à », « jusqu'à », "until"), a part of a whole (« sur », "out of").
 * Lowercase, accents kept (« à » is no English "a"); a link of two words is matched by its last word (« jusqu'à »).
 */
const LINKS = new Set(['dont', 'including', 'to', 'à', 'au', 'until', 'sur', 'out']);
/** Words of "of which", "out of": the link word is then the one before "of". */
const OF = new Set(['of']);
/** At most this many words between the two values of the phrase, link included (« au total dont », "rise in profits to"). */
const MAX_GAP = 4;
/** Punctuation that ends the phrase: the two values are then two facts of a list or of two clauses. */
const PHRASE_BREAK = /[,;:()[\]«»"“”]/u;

/**
 * The words between two values of a text, lowercase, when they make one phrase of them: in one clause, no punctuation,
 * at most {@link MAX_GAP} words, no other value; undefined otherwise.
 */
function wordsBetween(text: string, first: Quantity, second: Quantity, quantities: readonly Quantity[]): string[] | undefined {
  const from = first.end;
  const to = second.approxStart ?? second.start;
  if (to < from) return undefined;
  const between = text.slice(from, to);
  if (PHRASE_BREAK.test(between)) return undefined;
  const clause = clauseAround(text, first.start, first.end);
  if (second.end > clause.end) return undefined;
  if (quantities.some((q) => q !== first && q !== second && q.start >= from && q.end <= to)) return undefined;
  const words = tokenize(between).filter((t) => t.kind === 'word' || t.kind === 'elision').map((t) => t.text.toLowerCase().replace(/['’]$/u, ''));
  return words.length <= MAX_GAP ? words : undefined;
}

/** The link word of the words between two values: their last word, or the word before a last "of" ("of which" aside, "out of"). */
function linkOf(words: readonly string[]): string | undefined {
  if (words.length === 0) return undefined;
  const last = words[words.length - 1];
  if (last === 'which' && words[words.length - 2] === 'of') return 'including';
  if (OF.has(last)) return words[words.length - 2];
  return last;
}

/**
 * Whether the source value `source` is the value of the claim value `claim`'s fact because another claim value,
 * written beside `claim` and joined to it by a link word (see {@link LINKS}), is stated equal beside `source`, on
 * the same side, joined by the same link word (« 43 personnes dont seize enfants » and « 33 personnes au total dont
 * seize enfants »; "2005 to 2015" and "from 2006 to 2015"). The passage must write that other value once, and the
 * claim give no other value between the two. `equal` tells whether a source value states a claim value (same
 * measure, same value).
 */
export function boundBySibling(
  claimText: string,
  claim: Quantity,
  claimQuantities: readonly Quantity[],
  sourceText: string,
  source: Quantity,
  sourceQuantities: readonly Quantity[],
  equal: (claimValue: Quantity, sourceValue: Quantity) => boolean,
): boolean {
  for (const other of claimQuantities) {
    if (other === claim) continue;
    const after = other.start >= claim.end;
    const claimWords = after ? wordsBetween(claimText, claim, other, claimQuantities) : wordsBetween(claimText, other, claim, claimQuantities);
    const link = claimWords && linkOf(claimWords);
    if (!link || !LINKS.has(link)) continue;
    const stated = sourceQuantities.filter((s) => s !== source && equal(other, s));
    if (stated.length !== 1) continue;
    const sibling = stated[0];
    if (equal(claim, source)) continue;
    const sourceWords = after ? wordsBetween(sourceText, source, sibling, sourceQuantities) : wordsBetween(sourceText, sibling, source, sourceQuantities);
    if (sourceWords && linkOf(sourceWords) === link) return true;
  }
  return false;
}
