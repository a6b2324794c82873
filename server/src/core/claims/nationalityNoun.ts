/** Lowercase words that may sit inside a hyphenated name (« Île-de-France », « Saint-Martin-sur-Oise »). */
const NAME_LINKS = /^(?:de|du|des|la|le|les|sur|sous|en|lès|les|et|aux|au|d|l|upon|on|the|of|and)$/u;
/** Endings of nouns of nationality or origin, French and English (« Libanais », « Brésilienne », « Marocain », "Brazilian", "Japanese", "Frenchman"). */
const NATIONALITY_ENDING = /(?:ais|aise|aises|ois|oise|oises|ien|ienne|iens|iennes|éen|éenne|éens|éennes|ain|aine|ains|aines|ian|ians|ese|man|men|woman|women)$/u;
/** A definite article: a name of a person takes none (« le Libanais », "the Brazilian"), a noun does. */
const DEFINITE = /^(?:le|la|les|l['’]|the)$/u;

/**
 * Whether a capitalised word of a passage names someone by nationality or origin rather than by name
 * (« Le Franco-libano-brésilien de 65 ans était assigné à résidence », « la Marocaine », "the Brazilian"): such a
 * noun refers back to a person the article names, so it is no other holder of a claim's fact. `name`: the word as
 * written; `before`: the word before it, folded to lowercase. True for a word joined by hyphens to a lowercase
 * word that is no linking word (« Franco-libanais », "Anglo-french"), or for one word after a definite article with
 * an ending of nationality (« le Libanais »: a first name such as « Julien » takes no article).
 */
export function isNationalityNoun(name: string, before: string | undefined): boolean {
  if (/\s/u.test(name)) return false;
  const parts = name.split('-');
  if (parts.length > 1 && parts.slice(1).some((p) => /^\p{Ll}/u.test(p) && !NAME_LINKS.test(p))) return true;
  return before !== undefined && DEFINITE.test(before) && NATIONALITY_ENDING.test(name.toLowerCase());
}
