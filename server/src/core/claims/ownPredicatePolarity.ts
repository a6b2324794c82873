import { termsOf } from '../text/stem';
import type { Lang } from '../types';
import { withoutTitleNegations } from './polarity';

/**
 * The negation that bears on a source value is its own predicate's. alignment.ts's polarityText reads up to 80
 * characters before a value and 120 after it, within its sentence; two predicates joined without a comma ("have
 * not won the title since 1985 and last clinched a Grand Slam in 1948") or a subordinate clause after the value
 * with a subject of its own ("ruled on 30 July that the act discriminated … as British people could not be held")
 * then lend the value a negation that is another predicate's.
 */

/** A coordinating conjunction between two predicates: the value's predicate may open after it. */
const COORDINATION = /\s(?:and|but|et|mais)\s+/giu;
/** A subordinating conjunction after a value: the clause it opens has a subject and a negation of its own. */
const SUBORDINATE_AFTER = /\s(?:as|because|although|though|whereas|parce qu['’]|parce que|puisque|puisqu['’]|car|bien que|bien qu['’])\s*/iu;

/**
 * The part of `polarity` (the text alignment.ts's polarityText gives for the value at [`start`, `end`) of `text`)
 * that is the value's own predicate's: cut before the last coordination before the value when a word of the
 * claim value's predicate (`predicate`: the stems of the claim's words around its value, its governing verb first)
 * is written between that coordination and the value, and cut at a subordinating conjunction after the value.
 * `polarity` unchanged when neither applies or when it cannot be placed in `text`.
 */
export function ownPredicatePolarityText(sentence: string, start: number, end: number, polarity: string, predicate: ReadonlySet<string>, lang: Lang): string {
  // As polarityText reads it: a name's negation word blanked (polarity.ts).
  const text = withoutTitleNegations(sentence);
  const from = text.lastIndexOf(polarity, start);
  if (from < 0 || from + polarity.length < end) return polarity;
  let cutFrom = from;
  let cutTo = from + polarity.length;
  const before = text.slice(from, start);
  for (const match of before.matchAll(COORDINATION)) {
    const opens = from + match.index + match[0].length;
    if (termsOf(text.slice(opens, start), lang).some((t) => predicate.has(t))) cutFrom = opens;
  }
  const after = SUBORDINATE_AFTER.exec(text.slice(end, cutTo));
  if (after) cutTo = end + after.index;
  return text.slice(cutFrom, cutTo);
}
