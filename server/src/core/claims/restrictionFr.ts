/**
 * « ne … plus … que » and « ne … que » restrict (« only »), they do not negate: « Les hangars n'étaient plus, le
 * mardi soir, qu'un tas de cendres » says what the hangars were reduced to. `isNegated` (analyzeClaim.ts) read
 * « plus » as the negative word unless « que » followed it directly. This module blanks a « plus » that a
 * restrictive « que » follows within its clause, with words between: an aside between commas (up to 60
 * characters) or up to four words, none of them a word that makes « que » a conjunction or a comparison
 * (« alors que », « parce que », « aussi … que », « depuis que »…). A « que » after such a word opens another
 * clause or compares, and the « plus » before it stays a negation (« il ne travaille plus depuis que … »,
 * « ils ne sont plus aussi nombreux que … »).
 */

/** Words right before « que » that make it a conjunction (« alors que », « depuis que », « pour que »…). */
const CONJUNCTION = 'alors|tandis|parce|bien|ainsi|dès|des|depuis|avant|après|apres|pour|sans|sauf|pendant|lors|encore|même|meme|sorte|mesure|vu|étant|etant|attendu|outre|maintenant|sinon';
/** Words anywhere between « plus » and « que » that make « que » the second term of a comparison (« aussi … que »). */
const COMPARISON = 'moins|plus|aussi|si|autant|tant|mieux|davantage|autre|autres|autrement|pire|pis|meilleur|meilleure|meilleurs|meilleures|plutôt|plutot|tel|telle|tels|telles';

/**
 * Determiners (and the elided « l' », « d' »): « plus » followed by one opens its verb's object, and a « que » after
 * that noun is as often a relative pronoun (« il ne croit plus les promesses que le maire fait ») as a restriction;
 * left negated.
 */
const DETERMINER = "le|la|les|un|une|des|du|de|ce|cet|cette|ces|son|sa|ses|leur|leurs|mon|ma|mes|ton|ta|tes|notre|nos|votre|vos";
/** Time nouns: a determiner before one opens a time adverbial (« n'étaient plus le lundi matin qu'un amas »), no object. */
const TIME_NOUN = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|midi|nuit|jour|lendemain|veille|week-end';

/** A word between « plus » and « que »: no end of clause, no comma, no comparison word. */
const WORD = `(?!(?:${COMPARISON})(?![\\p{L}]))[^\\s.;:!?,«»"“”]+`;

/**
 * « ne »/« n' » + the verb and up to two words, then « plus », then what stands between it and the restrictive
 * « que »: nothing, an aside between commas, or up to four words, the first of them no determiner (but one of a time adverbial, « le
 * lundi matin ») and the last no conjunction's head.
 */
const RESTRICTIVE_PLUS = new RegExp(
  `((?:^|[\\s'’"«“‘])(?:ne|n['’])\\s*[^\\s.;:!?,]+(?:[\\s,]+[^\\s.;:!?,]+){0,2}?[\\s,]+)plus(?=(?:\\s*,[^.;:!?,]{1,60},\\s*|\\s+(?!(?:${DETERMINER})(?![\\p{L}])(?!\\s+(?:${TIME_NOUN})(?![\\p{L}]))|[ld]['’])(?:${WORD}\\s+){0,4})(?<![\\s,'’](?:${CONJUNCTION})\\s+)(?:que(?![\\p{L}])|qu['’]))(?<!(?:${COMPARISON})\\s+plus)`,
  'giu',
);

/**
 * `text` with each restrictive « plus » of « ne … plus … que » blanked (spaces of the same length, so offsets
 * hold): `isNegated` then no longer reads it as « ne … plus ». For French text: callers pass no other language.
 */
export function withoutRestrictivePlusFr(text: string): string {
  return text.replace(RESTRICTIVE_PLUS, (_whole, before: string) => `${before}    `);
}
