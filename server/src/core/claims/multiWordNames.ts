/**
 * Names of several capitalised words joined by French linking words with an article or elision (« Pays de la Loire »,
 * « Côte d'Ivoire », « Bouches du Rhône », « Chambre des Communes »):
 * a name read from a passage must not stop or start inside one, or a finding writes a fragment (« des Pays » for
 * « des Pays de la Loire »).
 */

/**
 * The linking words that join the capitalised words of one name: French ones with an article or an elision. English
 * "of" is left out: after a name it as often tells a person's country or employer ("Pavel Novak of Slovakia").
 */
const LINK = String.raw`(?:\s+(?:de\s+la|du|des)\s+|\s+(?:de\s+l|d)['’])`;
const CAPITALISED = String.raw`\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*)*`;
const CONTINUATION = new RegExp(String.raw`^(?:${LINK}${CAPITALISED})+`, 'u');
const OPENING = new RegExp(String.raw`\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:de\s+la|du|des)\s+|\s+(?:de\s+l|d)['’])$`, 'u');

/**
 * `name`, read at `at` in `text`, with the rest of the name it opens: linking words with an article or an elision
 * (« de la », « de l' », « du », « des », « d' ») and capitalised words, as often as they follow (« Pays » →
 * « Pays de la Loire »), and English "of" after an institution's head ("Royal Bank" → "Royal Bank of Scotland",
 * see {@link INSTITUTION_HEAD}). A bare « de » is not crossed: after a name it is as often a possessive (« la mairie de
 * Marseille de Jean Dupont ») as part of it (nameFrom in checkClaim.ts reads one such particle at a name's end).
 */
export function wholeNameFrom(text: string, at: number, name: string): string {
  let whole = name;
  for (;;) {
    const rest = CONTINUATION.exec(text.slice(at + whole.length)) ?? (INSTITUTION_HEAD.test(whole) ? INSTITUTION_OF.exec(text.slice(at + whole.length)) : null);
    if (!rest) return whole;
    whole += rest[0];
  }
}

/**
 * English institution heads after which "of" and a capitalised name go on with the same name ("Royal Bank of
 * Scotland", "Bank of England", "University of Leeds", "Chamber of Commerce"); after a person's name "of" tells
 * their country or employer and is not crossed.
 */
const INSTITUTION_HEAD = /(?:^|\s)(?:Bank|University|Institute|Board|Department|Ministry|Chamber|Church|College|Museum|Council|Court|Society|Association|Federation|Union|Republic|Kingdom|Commission|Office|Bureau|School|Academy|Foundation|Centre|Center|Authority|Exchange|Fund|House|Duke|Archbishop)$/u;
const INSTITUTION_OF = new RegExp(String.raw`^\s+of\s+(?:the\s+)?${CAPITALISED}`, 'u');

/**
 * Whether the name at `at` in `text` is the end of a longer name: a capitalised word and linking words with an
 * article or an elision right before it (« Loire » of « Pays de la Loire », « Ivoire » of « Côte d'Ivoire »).
 */
export function insideLongerName(text: string, at: number): boolean {
  return OPENING.test(text.slice(Math.max(0, at - 40), at));
}
