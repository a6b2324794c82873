import type { Lang } from '../types';

/**
 * A past participle phrase set between commas after a claim's subject (« Une marche blanche, partie de la gare, a
 * rassemblé… », « Deux témoins, arrêtés de l'autre côté de la voie, affirment… », "The mill, built in 1820, employs…",
 * "Andre Agassi, aged 34, beat…") tells a second fact of that subject, which a passage of its own may state: cut
 * into the subject with the main clause, and the subject with the participle phrase, as a relative clause is
 * (factParts.ts).
 */

/** A past participle (lower case, « partie », « accompagnés », « âgé », « né », "founded", "built", "aged"). */
const PARTICIPLE: Record<Lang, RegExp> = {
  fr: /^(?:né|née|nés|nées|\p{Ll}{2,}(?:é|ée|és|ées|ie|ies|is|ise|ises|it|ite|its|ites|u|ue|us|ues))$/u,
  en: /^(?:born|\p{Ll}{2,}(?:ed|en|lt|ught))$/u,
};
/** Words that end as participles do and are none (adverbs, nouns, pronouns). */
const NOT_PARTICIPLE: Record<Lang, RegExp> = {
  fr: /^(?:plus|tous|sous|puis|depuis|mais|jamais|nous|vous|jadis|dessus|dessous|côté|été|année|journée|entrée|soirée|matinée|arrivée|idée|lieu|peu|jeu|feu|vue|rue|revue|tenue|venue|partie|sortie)$/u,
  en: /^(?:even|often|seven|eleven|garden|children|women|men|then|when|ten|hundred|indeed|need|red|bed|feed|speed|seed)$/u,
};
/**
 * The word after the participle: a preposition (« partie de », « arrêtés en », "built in", "based at"), or, after
 * « âgé » / "aged", the age.
 */
const AFTER_PARTICIPLE: Record<Lang, RegExp> = {
  fr: /^(?:de|du|des|d['’]\p{L}+|en|à|au|aux|par|pour|dans|sur|avec|depuis|sous|vers|entre|lors|dès|contre)$/u,
  en: /^(?:in|on|at|by|from|with|for|to|of|as|after|before|since|under|into|over|near|last|earlier)$/u,
};
const AGED: Record<Lang, RegExp> = { fr: /^âgée?s?$/u, en: /^aged$/u };
/** « partie », « sortie » are nouns as often as participles: only before « de » / « d' » (« partie de la gare »). */
const NOUN_OR_PARTICIPLE = /^(?:partie|sortie)$/u;

const MIDDLE = /^([^,]{3,80}), ([^,]{5,160}), (\p{Ll}.+)$/u;

/**
 * The two parts of a claim with a participle phrase between commas after its subject, or `undefined` when the
 * claim has none: the phrase opens on a past participle followed by a preposition (or on « âgé » / "aged"), the
 * clause after it opens in lower case (its verb), and `isSubject` accepts the words before the first comma as a
 * subject noun phrase (a determiner or a name first, no verb: see factParts.ts).
 */
export function participleParts(sentence: string, lang: Lang, isSubject: (subject: string) => boolean): string[] | undefined {
  const match = MIDDLE.exec(sentence);
  if (!match) return undefined;
  const [, subject, phrase, rest] = match;
  const [first, second] = phrase.split(/\s+/u);
  if (second === undefined || !isSubject(subject)) return undefined;
  const participle = AGED[lang].test(first) || (PARTICIPLE[lang].test(first) && !NOT_PARTICIPLE[lang].test(first) && AFTER_PARTICIPLE[lang].test(second)) || (lang === 'fr' && NOUN_OR_PARTICIPLE.test(first) && /^(?:de|d['’]\p{L}+)$/u.test(second));
  if (!participle) return undefined;
  return [`${subject} ${rest}`, `${subject}, ${phrase}.`];
}
