import { fold } from '../text/normalize';
import { stem } from '../text/stem';
import type { Lang } from '../types';

/**
 * Opposites made by a negative prefix: « occupé » / « inoccupé », « exact » / « inexact », "proportionate" /
 * "disproportionate", "identified" / "unidentified". The press says the other way of a state or a judgement with
 * the same word and its prefix far more often than with a listed antonym, and no list of pairs can hold them all.
 *
 * Only where the word is read as an adjective or a participle by its ending, so that a verb or a noun that merely
 * begins with the prefix letters is no opposite (« informer » is no « former » denied, "income" no "come"); and
 * never for the words whose prefixed form is no opposite: « formé » / « informé », « porté » / « importé », "mediate" /
 * "immediate", "valuable" / "invaluable" (the list below, measured on the vocabulary of every corpus of the eval sets,
 * 2026-12-01: the pairs of an adjective's ending that both occur there were read one by one).
 */

/**
 * French adjective and participle endings, accents kept: « occupé », « capable », « lisible », « existante », « actif »,
 * « connu », « logique », « exact », « complet », « certain ». Not the bare « -ant » and « -ent » of present participles and verbs
 * (« citant » / « incitant », « forment » / « informent »).
 */
const FRENCH_ADJECTIVE = /(?:é|ée|és|ées|able|ables|ible|ibles|ante|ants|antes|if|ive|ifs|ives|el|elle|els|elles|al|ale|aux|ales|u|(?<!q)ue|us|(?<!q)ues|ique|iques|ct|cte|cts|ctes|et|ète|ets|ètes|ain|aine|ains|aines)$/;

/**
 * English adjective endings that take any negative prefix: "capable", "visible", "consistent", "adequate", "active",
 * "legal", "correct", "complete", "lawful", "famous", "organic", "regular".
 */
const ENGLISH_ADJECTIVE = /(?:able|ible|ent|ant|ate|ive|al|ect|ete|ful|ous|ic|ular)$/;

/**
 * English endings that take only "un-": participles and adverbs ("identified" / "unidentified", "known" / "unknown",
 * "friendly" / "unfriendly"). With "in-", "im-" or "dis-" they make other verbs: "proved" / "improved", "pressed" /
 * "impressed", "appointed" / "disappointed", "placed" / "displaced".
 */
const ENGLISH_PARTICIPLE = /(?:ed|wn|ly)$/;

/** Words whose prefixed form (or, prefixed, whose bare form) is no opposite, folded. */
const NO_OPPOSITE: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set(
    'cite citee cites citees forme formee formes formees porte portee portes portees portante portants portantes prime primee primes primees tente tentee tentes tentees posante posants posantes pose posee poses posees plante plantee plantes plantees passible passibles considere consideree consideres considerees migrante migrants migrantes materiel materiels morale carne ondee ondees dispose disposee disposes disposees humain humaine humains humaines'.split(' '),
  ),
  en: new Set('mediate migrate migrant migrants valuable flammable famous habitable corporate credible respective fairly content missive appointment'.split(' ')),
};

/** The prefixes of a language that deny an adjective, by the first letter of the word they go before. */
function latinPrefix(base: string): string {
  const first = base[0];
  return /[bmp]/.test(first) ? 'im' : first === 'l' ? 'il' : first === 'r' ? 'ir' : 'in';
}

/**
 * The negative prefixes `base` (lower case) may take in `lang`: none when it is shorter than five letters, listed in
 * {@link NO_OPPOSITE}, or has no adjective or participle ending.
 */
function prefixesFor(base: string, lang: Lang): string[] {
  if (base.length < 5 || NO_OPPOSITE[lang].has(fold(base))) return [];
  if (lang === 'fr') return FRENCH_ADJECTIVE.test(base) ? [latinPrefix(base)] : [];
  if (ENGLISH_ADJECTIVE.test(base)) return ['un', latinPrefix(base), 'dis'];
  return ENGLISH_PARTICIPLE.test(base) ? ['un'] : [];
}

/**
 * The words of opposite meaning to `lower` (a word in lower case) made by a negative prefix, in lower case: the word
 * with the prefix (« inoccupé » for « occupé », "unidentified" for "identified") and, for a prefixed word, the word
 * without it (« occupé » for « inoccupé »). Empty for a word that is no adjective nor participle by its ending,
 * shorter than five letters, or listed as having no such opposite.
 */
export function negativePrefixForms(lower: string, lang: Lang): string[] {
  const bases = (lang === 'fr' ? ['in', 'im', 'il', 'ir'] : ['un', 'in', 'im', 'il', 'ir', 'dis'])
    .filter((prefix) => lower.startsWith(prefix) && prefixesFor(lower.slice(prefix.length), lang).includes(prefix))
    .map((prefix) => lower.slice(prefix.length));
  // A prefixed word (« inexacte ») is denied by its base only, not by a second prefix.
  return bases.length > 0 ? bases : prefixesFor(lower, lang).map((p) => p + lower);
}

/** The stems of {@link negativePrefixForms}: the terms a passage of the same language writes for them. */
export function negativePrefixTerms(lower: string, lang: Lang): string[] {
  return [...new Set(negativePrefixForms(lower, lang).map((w) => stem(w, lang)))];
}
