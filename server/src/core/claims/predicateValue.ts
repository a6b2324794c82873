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

/** How many words after a count its predicate may stand (« personnes avaient été évacuées »: two auxiliaries, the participle). */
const PREDICATE_WORDS_AFTER = 4;

/** A relative pronoun right after a counted noun: the verb after it is the relative clause's (« personnes qui s'étaient réfugiées »). */
const RELATIVE_START = /^\s*(?:qui|que|qu['’]|dont|who|which|that)\s/iu;

/**
 * The stems of the content words right after a count in its clause (« cinq personnes ont été évacuées » →
 * « evacu »), up to {@link PREDICATE_WORDS_AFTER} words on, never across punctuation or a conjunction; a relative
 * pronoun right after the count is read through (« cinq personnes qui s'étaient réfugiées » → « refugi »): that
 * verb is what the count's own clause says of it.
 */
function predicateAfter(text: string, q: Quantity, lang: Lang): Set<string> {
  let after = text.slice(q.end, q.end + 80);
  after = after.replace(RELATIVE_START, ' ');
  const clause = after.split(/[,;:()«»"“”.!?]|\s(?:et|ou|mais|and|or|but)\s/u)[0] ?? '';
  const words = tokenize(clause).filter((t) => t.kind === 'word').slice(0, PREDICATE_WORDS_AFTER);
  return new Set(words.filter((t) => !isStopWord(t.norm, lang) && t.norm.length > 2).map((t) => stem(t.lower, lang)));
}

/**
 * Whether a passage's count tells another fact than the claim's count: the claim says what happened to what it
 * counts with a predicate right after it (« une centaine de personnes avaient été évacuées »), the passage's count
 * is qualified by a relative clause with a predicate of its own, none of the claim's (« une dizaine de personnes qui s'étaient réfugiées
 * sur les toits »), and the claim's predicate is nowhere in the passage. The passage's count is then no value of the
 * claim's fact, to contradict it with or to write in its fix. Counts of a noun only, in one language.
 */
export function countOfAnotherPredicate(claim: Quantity, claimText: string, source: Quantity, sourceText: string, claimLang: Lang, sourceLang: Lang): boolean {
  if (claim.kind !== 'number' || claim.unit === undefined || source.kind !== 'number' || claimLang !== sourceLang) return false;
  // Only a count the passage qualifies by a relative clause: nouns after a count (« une avance de 2-0 à la pause ») are no predicate.
  if (!RELATIVE_START.test(sourceText.slice(source.end, source.end + 12))) return false;
  const own = predicateAfter(claimText, claim, claimLang);
  if (own.size === 0) return false;
  const told = predicateAfter(sourceText, source, sourceLang);
  if (told.size === 0 || [...told].some((t) => own.has(t))) return false;
  const passage = new Set(tokenize(sourceText).filter((t) => t.kind === 'word').map((t) => stem(t.lower, sourceLang)));
  return ![...own].some((t) => passage.has(t));
}
