import type { Quantity } from '../text/quantities';
import { stem } from '../text/stem';
import { tokenize } from '../text/tokenize';
import type { Lang } from '../types';
import { ageHolderOf } from './ages';

/**
 * An age (or any number of years) told of a common noun: « un cycliste de 17 ans », « une habitante, âgée de 72
 * ans », "a 17-year-old cyclist", « Le conducteur … avait 41 ans ». The number belongs to the noun it is attached
 * to: a claim that gives its number to another noun (« Le conducteur de la camionnette avait 41 ans » against « un
 * cycliste de 17 ans et le conducteur de la camionnette ») tells another person's age, neither stated nor
 * contradicted by it. ages.ts does this for ages told of names; this file for ages told of common nouns.
 */

/** A determiner before a noun, capitalised or not (« un », « la », « l' », "the", "a"). */
const DET = String.raw`(?:[Uu]ne?|[Ll]es?|[Ll]a|[Ll]['’]|[Dd]es|[Dd]u|[Dd]['’]une?|[Cc]e|[Cc]ette|[Cc]et|[Cc]es|[Ss]on|[Ss]a|[Ss]es|[Ll]eurs?|[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)`;
/** A lowercase word (a noun or an adjective after it). */
const WORD = String.raw`\p{Ll}[\p{L}-]*`;
/**
 * A noun attached to the number right after it: « un cycliste de 17 ans », « une habitante âgée de 72 ans », « une
 * habitante, âgée de 72 ans, », « le conducteur, 41 ans, », "a cyclist aged 17", "the driver, 41,". The noun and
 * the word after it (an adjective: « un jeune cycliste », « un cycliste amateur ») are its holder's words.
 */
const ATTACHED_BEFORE = new RegExp(String.raw`(?:^|[\s(,;:])${DET}\s*(${WORD})(?:\s+(${WORD}))?(?:\s*,\s*(?:âgée?s?\s+(?:de\s+|d['’])|aged\s+)?|\s+(?:âgée?s?\s+)?(?:de\s+|d['’])|\s+aged\s+)$`, 'u');
/** The noun after an English age written as one word: "a 17-year-old cyclist", "the 73-year-old bridge". */
const ATTACHED_AFTER = /^(?:[\s-]*years?)?[\s-]*old\s+(\p{Ll}[\p{L}-]*)(?:\s+(\p{Ll}[\p{L}-]*))?/u;
/** A verb that predicates an age of the clause's subject: « était âgé de », « avait 41 ans », "was 41 years old", "is aged". */
const PREDICATED_BEFORE = /(?:^|\s)(?:est|était|sont|étaient|avait|avaient|aura|aurait|is|was|are|were)\s+(?:(?:alors|seulement|déjà|encore|only|just|then|now|still)\s+)?(?:âgée?s?\s+(?:de\s+|d['’])|aged\s+)?$/u;
/** A French « a N ans » (« il a 41 ans »), not « il y a N ans » (a time ago). */
const HAS_BEFORE = /(?:^|\s)(?<!y\s)a\s+$/u;
/** The subject that opens a sentence: a determiner and its noun (« Le conducteur de la camionnette », "The driver"). */
const OPENING_SUBJECT = new RegExp(String.raw`^\s*${DET}\s*(${WORD})(?:\s+(${WORD}))?`, 'u');
/** Words that may follow a noun without being its adjective (a preposition, a verb): not a holder word. */
const NOT_ADJECTIVE = new Set(['de', 'du', 'des', 'd', 'of', 'et', 'and', 'qui', 'who', 'que', 'that', 'à', 'au', 'aux', 'en', 'in', 'on', 'at', 'for', 'pour', 'par', 'by', 'with', 'avec', 'dans', 'sur', 'a', 'est', 'était', 'avait', 'is', 'was', 'has', 'had', 'âgé', 'âgée', 'âgés', 'âgées', 'aged']);

/** Whether a value counts years: an age, or a number of « ans », « années », "years". */
function countsYears(q: Quantity, lang: Lang): boolean {
  if (q.age) return true;
  if (q.kind !== 'number' || !q.unit) return false;
  return (lang === 'fr' ? ['ans', 'années', 'an', 'année'] : ['years', 'year']).some((w) => stem(w, lang) === q.unit);
}

function holderStems(words: readonly (string | undefined)[], lang: Lang): Set<string> {
  const stems = new Set<string>();
  for (const [i, w] of words.entries()) {
    if (!w || (i > 0 && NOT_ADJECTIVE.has(w.toLowerCase()))) continue;
    if (i > 0 && stems.size === 0) continue;
    stems.add(stem(w.toLowerCase(), lang));
  }
  return stems;
}

/**
 * The common noun a number of years is told of, as its stems (the noun and an adjective after it): the noun
 * attached right before it (« un cycliste de 17 ans », « une habitante, âgée de 72 ans »), right after an English
 * age ("a 17-year-old cyclist"), or the noun of the subject that opens the sentence when a verb predicates the age
 * of it (« Le conducteur de la camionnette, mort dans l'accident, avait 41 ans », "The driver was 41 years old").
 * Undefined when the value counts no years, when a name tells whose age it is (see `ageHolderOf`), or when none of
 * these writes a noun.
 */
export function yearsHolderNoun(text: string, q: Quantity, quantities: readonly Quantity[], lang: Lang): Set<string> | undefined {
  if (!countsYears(q, lang)) return undefined;
  if (ageHolderOf(text, q, quantities)) return undefined;
  const at = q.approxStart ?? q.start;
  const before = text.slice(0, at);
  const attached = ATTACHED_BEFORE.exec(before.slice(-80));
  if (attached) return holderStems([attached[1], attached[2]], lang);
  const after = ATTACHED_AFTER.exec(text.slice(q.numberEnd ?? q.end));
  if (after) return holderStems([after[1], after[2]], lang);
  if (!PREDICATED_BEFORE.test(before) && !(lang === 'fr' && HAS_BEFORE.test(before))) return undefined;
  // The predicate's subject opens the sentence, with no other value before the age (else it may be another's).
  if (quantities.some((o) => o !== q && o.end <= at && o.kind !== 'year' && o.kind !== 'date')) return undefined;
  const subject = OPENING_SUBJECT.exec(before);
  return subject ? holderStems([subject[1], subject[2]], lang) : undefined;
}

/**
 * Whether a source's number of years is another noun's than the claim's (« un cycliste de 17 ans » for « Le
 * conducteur … avait 41 ans », « une habitante, âgée de 72 ans » for « Le conducteur était âgé d'une cinquantaine
 * d'années »): both count years, each is told of a common noun (see {@link yearsHolderNoun}), and the two nouns
 * share no stem; or the source's age is told of a name (see `ageHolderOf`) that the sentence does not set in
 * apposition with the claim's noun (« Léo Martin, 17 ans, et le conducteur de la camionnette »; « Jeanne Le Goff,
 * âgée de 72 ans » of another article; not « le conducteur, Jean Dupont, 41 ans »). Only within one language (stems).
 * False when either holder is unknown, or the claim's is a name: then the names (ages.ts) or the words around them decide.
 */
export function yearsOfAnotherNoun(
  claim: { text: string; lang: Lang; quantities: readonly Quantity[]; value: Quantity },
  source: { text: string; lang: Lang; quantities: readonly Quantity[]; value: Quantity },
): boolean {
  if (claim.lang !== source.lang) return false;
  const a = yearsHolderNoun(claim.text, claim.value, claim.quantities, claim.lang);
  if (!a || a.size === 0) return false;
  const b = yearsHolderNoun(source.text, source.value, source.quantities, source.lang);
  if (b && b.size > 0) return ![...a].some((s) => b.has(s));
  // An age told of a name (« Léo Martin, 17 ans, et le conducteur de la camionnette », « Jeanne Le Goff, âgée de 72
  // ans » of another article) is that person's: the claim's noun is the same person only when the sentence sets it
  // in apposition with the name (« le conducteur, Jean Dupont, 41 ans »).
  if (!source.value.age) return false;
  const name = ageHolderOf(source.text, source.value, source.quantities);
  if (!name) return false;
  return !nounInAppositionWithName(source.text, a, name, source.lang);
}

/** What may stand between a noun and the name set in apposition with it: its complement and commas, no clause break. */
const APPOSITION_GAP = /^[^.;:!?]{0,60}$/u;
const APPOSITION_BREAK = /\s(?:et|and|mais|but|tandis|while|whereas|ou|or)\s/iu;

/**
 * Whether a text writes one of the noun stems right before the name (« le conducteur de la camionnette, Jean Dupont »,
 * "the van driver John Holt"): within 60 characters, no clause break or coordination between them.
 */
function nounInAppositionWithName(text: string, nounStems: ReadonlySet<string>, name: ReadonlySet<string>, lang: Lang): boolean {
  const tokens = tokenize(text).filter((t) => t.kind === 'word');
  return tokens.some((t, i) => {
    if (!nounStems.has(stem(t.lower, lang))) return false;
    const named = tokens.slice(i + 1).find((u) => name.has(u.norm));
    if (!named) return false;
    const between = text.slice(t.end, named.start);
    return APPOSITION_GAP.test(between) && !APPOSITION_BREAK.test(` ${between} `);
  });
}
