import { isEnglishNegationToken } from './negations';
import { sameQuantity, type Quantity } from '../text/quantities';
import { fold } from '../text/normalize';
import { isStopWord, termsOf } from '../text/stem';
import { tokenize } from '../text/tokenize';
import type { Lang } from '../types';
import { isNegated } from './analyzeClaim';

/** A relative pronoun right after a value (« 8,2 millions qui … », "$8bn, which …"). */
const RELATIVE_AFTER_VALUE = /^\s*,?\s*(?:qui|lequel|laquelle|lesquels|lesquelles|which|that)\s/iu;
/** Where a relative clause ends: a clause or sentence mark, or a dash set off by spaces. */
const CLAUSE_END = /[;:.!?()«»"“”]|\s[-–—]\s/u;

/**
 * Whether the only negation of a passage is in a relative clause that follows one of its values and denies another
 * value the claim does not state: « Ces peines représentent au total un montant de 8,2 millions qui n'inclut pas les
 * plus de 1 million d'euros de contraventions » says the 8,2 millions, and the « n'inclut pas » excludes the 1
 * million from it; "a total of $8bn, which does not include the $1bn of fines" likewise. The passage's clause that
 * states the value is not negated then. False when the rest of the passage is negated too, or when the claim
 * states the value the relative clause denies (« 5 millions, qui ne seront pas versés avant 2025 » says no 2025), or
 * writes its negated verb (« les contraventions sont incluses dans les 8,2 millions »).
 *
 * @param text the passage's sentence.
 * @param quantities the passage's values, in `text` offsets.
 * @param claimQuantities the claim's values.
 * @param claimTerms the claim's terms (stems, as the index writes them).
 * @param claimWords the claim's content words, folded (« inclus » and « inclut » have two stems: see {@link sameRoot}).
 */
export function negationOnAnotherValue(text: string, lang: Lang, quantities: readonly Quantity[], claimQuantities: readonly Quantity[], claimTerms: ReadonlySet<string>, claimWords: readonly string[]): boolean {
  for (const value of quantities) {
    const relative = RELATIVE_AFTER_VALUE.exec(text.slice(value.end));
    if (!relative) continue;
    const start = value.end + relative[0].length;
    const close = CLAUSE_END.exec(text.slice(start));
    const end = close ? start + close.index : text.length;
    const clause = text.slice(start, end);
    if (!isNegated(clause, lang)) continue;
    const rest = text.slice(0, value.end) + ' ' + text.slice(end);
    if (isNegated(rest, lang)) continue;
    const denied = quantities.filter((q) => q.start >= start && q.end <= end);
    if (denied.length === 0) continue;
    if (denied.some((q) => claimQuantities.some((c) => sameQuantity(c, q)))) continue;
    const verb = negatedVerb(clause, lang);
    if (verb === undefined || termsOf(verb, lang).some((t) => claimTerms.has(t)) || claimWords.some((w) => sameRoot(w, verb))) continue;
    return true;
  }
  return false;
}

/** Whether two folded words share their first five letters (a verb's forms whose stems differ: « inclus », « inclut »), or are equal. */
function sameRoot(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  return x === y || (x.length >= 5 && y.length >= 5 && x.slice(0, 5) === y.slice(0, 5));
}

/** The first word after the negation of a clause (« n'inclut pas » → « inclut »; "does not include" → "include"), or undefined. */
function negatedVerb(clause: string, lang: Lang): string | undefined {
  const tokens = tokenize(clause).filter((t) => t.kind === 'word' || t.kind === 'elision');
  const at = tokens.findIndex((t) => (lang === 'fr' ? t.norm === 'ne' || /^n['’]$/.test(t.text) : t.norm === "n't" || isEnglishNegationToken(t.norm)));
  if (at < 0) return undefined;
  return tokens.slice(at + 1).find((t) => t.kind === 'word' && !isStopWord(t.norm, lang))?.text;
}
