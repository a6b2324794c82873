import { isStopWord, termsOf } from '../text/stem';
import { tokenize } from '../text/tokenize';
import type { Lang } from '../types';
import { isNegated } from './analyzeClaim';

/**
 * A relative pronoun after a word (« des missions qui … », "missions which …"). « que » and "that" are left out:
 * they also open what a verb says (« il a dit qu'il ne viendrait pas »), whose negation is the passage's content.
 */
const RELATIVE = /(?<=[\p{L}\d])\s*,?\s+(?:qui|dont|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|auxquelles|which|who|whom|whose)\s/giu;
/** Where a relative clause ends: a comma, a clause or sentence mark, a dash set off by spaces (quotation marks are read as spaces). */
const RELATIVE_END = /[,;:.!?()]|\s[-–—]\s/u;
const QUOTES = /["«»“”„]/gu;
const NEGATION_TOKENS = /^(?:ne|n|pas|plus|jamais|rien|aucun|aucune|guere|not|n't|never|no|\p{L}*n['’]t)$/u;

/**
 * Whether every negation of a passage lies in a relative clause that says nothing of the claim: « Ces deux avions
 * avaient été loués à des clients différents pour des missions qui "ne semblaient pas liées" » denies a link between
 * missions, not the lease that the claim « Les deux avions avaient été loués à des clients différents » states. The
 * relative clause's content words (its negation aside) must be none of the claim's terms (« des avions qui n'ont
 * pas été loués » denies the claim's « loués »), and the passage without its relative clauses must be affirmative.
 * Quotation marks are read as spaces. False when the passage has no negated relative clause.
 *
 * @param text the passage's sentence.
 * @param claimTerms the claim's terms (stems, as the index writes them).
 * @param openers a global pattern whose matches open the clauses read (relative pronouns by default; a purpose
 *   clause's « pour », purposeNegation.ts); each clause runs from a match's end to the next clause mark.
 */
export function negationInRelativeClauseOnly(text: string, lang: Lang, claimTerms: ReadonlySet<string>, openers: RegExp = RELATIVE): boolean {
  const plain = text.replace(QUOTES, ' ');
  const spans: { start: number; end: number }[] = [];
  for (const m of plain.matchAll(openers)) {
    const start = m.index + m[0].length;
    const close = RELATIVE_END.exec(plain.slice(start));
    const end = close ? start + close.index : plain.length;
    const clause = plain.slice(start, end);
    if (!isNegated(clause, lang)) continue;
    const words = tokenize(clause).filter((t) => t.kind === 'word' && !NEGATION_TOKENS.test(t.norm) && !isStopWord(t.norm, lang));
    if (words.some((t) => termsOf(t.text, lang).some((x) => claimTerms.has(x)))) return false;
    spans.push({ start, end });
  }
  if (spans.length === 0) return false;
  let rest = '';
  let at = 0;
  for (const span of spans) {
    rest += plain.slice(at, span.start) + ' ';
    at = span.end;
  }
  rest += plain.slice(at);
  return !isNegated(rest, lang);
}
