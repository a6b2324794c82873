import { isStopWord, stem } from '../text/stem';
import { tokenize } from '../text/tokenize';
import type { Quantity } from '../text/quantities';
import type { Lang } from '../types';

/** How many words before a time its predicate may stand (« avait été rénové en 2011 »: the participle, « en »). */
const PREDICATE_WORDS = 3;

/**
 * The stems of the content words right before a time in its clause (« rénové en 2007 » → « renov »; « the bridge was
 * renovated in 2007 » → "renov"): its predicate, up to {@link PREDICATE_WORDS} words back, never across a comma, a
 * semicolon or a conjunction that starts another predicate (« construit en 1952 et rénové en 2007 »).
 */
function predicateBefore(text: string, q: Quantity, lang: Lang): Set<string> {
  const before = text.slice(Math.max(0, q.start - 60), q.approxStart ?? q.start);
  const clause = before.split(/[,;:()«»"“”]|\s(?:et|ou|mais|and|or|but)\s/u).pop() ?? '';
  const words = tokenize(clause).filter((t) => t.kind === 'word').slice(-PREDICATE_WORDS);
  return new Set(words.filter((t) => !isStopWord(t.norm, lang) && t.norm.length > 2).map((t) => stem(t.lower, lang)));
}

/**
 * Among a passage's several times that a claim's time may be compared with (« construit en 1952 et rénové en 2007 »
 * for « rénové en 2011 »), the one told with the claim's own predicate (« rénové »): the value of the same fact. A
 * sentence's dates are each their own predicate's; the closest words around them do not tell which is the claim's.
 * `undefined` when the claim's time has no predicate right before it, or when no candidate or more than one has it
 * (then the caller decides as before). Times only (years and dates): counts have their own alignment.
 */
export function valueOfClaimPredicate(claim: Quantity, claimText: string, candidates: readonly Quantity[], sourceText: string, claimLang: Lang, sourceLang: Lang): Quantity | undefined {
  if ((claim.kind !== 'year' && claim.kind !== 'date') || candidates.length < 2 || claimLang !== sourceLang) return undefined;
  const own = predicateBefore(claimText, claim, claimLang);
  if (own.size === 0) return undefined;
  const told = candidates.filter((s) => (s.kind === 'year' || s.kind === 'date') && [...predicateBefore(sourceText, s, sourceLang)].some((t) => own.has(t)));
  return told.length === 1 ? told[0] : undefined;
}
