import type { Span } from '../types';

/**
 * Cutting a sentence into clauses at the matches of a break pattern. The claim checker cuts sentences in four
 * ways, each at its own boundaries on purpose:
 * - `clauseAround` (claims/alignment.ts): the clause of one value, for fact alignment. It breaks at contrasts,
 *   sequences (« puis », "then"), a comma before « et » / "and" / « puis », a comparison before a figure (« contre
 *   12 »), and sentence ends (news passages glue sentences), since each opens another fact with values of its own;
 *   a break that overlaps the value is none. It asks about one position, so it stops at the first break after it.
 * - contrasts (claims/directionClause.ts): where a passage turns to another subject (";", "while", "whilst", "but",
 *   « tandis que », « mais »), case-insensitive. Commas, "and" and sequences are left out: they join asides and a
 *   second verb of the same subject, whose direction word is the subject's own.
 * - list items (claims/holderValues.ts): the items of a list that pairs holders and values in parallel, so commas,
 *   parentheses, dashes, "and" / « et » and « dont » break too; a break inside a value ("1,000", « 3,5 ») is none.
 * - two facts (claims/factParts.ts): one cut only, into two texts that are claims of their own, at ", and",
 *   « , et », ", but", ", while", ";" with at least 12 characters on each side, and only when the second clause
 *   opens on a subject: a bare "and" joins two verbs of one subject, which that file handles apart.
 * The contrasts and the list items cut the whole text into spans in the same way, so they share
 * {@link clauseSpans}; `clauseAround` and `factParts` ask other questions of a sentence and keep their own code.
 */

/**
 * The spans of `text` between the matches of `breaks`, left to right, the breaks themselves left out and empty
 * spans dropped: "A; B" cut at /;/g gives [0, 1) and [2, 4). Offsets are UTF-16 code units into `text`.
 *
 * @param breaks a global (`g`) pattern that matches no empty string; matched from the start of `text`, each
 *   match after the previous one (as `String.prototype.matchAll` does).
 * @param options.isBreak whether a match at [start, end) is a break; a match it rejects is kept inside its span
 *   (a comma inside a number). Every match is a break when it is not given.
 * @throws TypeError when `breaks` is not global (from `matchAll`).
 */
export function clauseSpans(text: string, breaks: RegExp, options: { isBreak?: (start: number, end: number) => boolean } = {}): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const match of text.matchAll(breaks)) {
    const at = match.index;
    const after = at + match[0].length;
    if (options.isBreak && !options.isBreak(at, after)) continue;
    if (at > from) spans.push({ start: from, end: at });
    from = after;
  }
  if (text.length > from) spans.push({ start: from, end: text.length });
  return spans;
}
