import type { Lang } from '../types';
import { roleMentions } from './roles';

/**
 * Who said it, when the claim reports it without quotation marks: "Ann Roe of Northbank said the market was slowing
 * steadily rather than sharply" against a passage that quotes those words and names another speaker after the
 * quotation ("\"… the market is slowing steadily rather than sharply,\" said Northbank analyst Tom Ives"). The
 * claim's reported clause is aligned with the passage's quotation as a quoted claim's words are (quoteSpeaker.ts);
 * and the speaker after a quotation is read with the title the press writes before or after the name (roles.ts),
 * so that the name is the person's, not the body's in the title ("Northbank", "Tom Ives, analyst at Northbank").
 */

/**
 * A verb of reported speech right after the name a claim opens on, with what may stand between: the name's body
 * ("of Northbank", « de la CGT »), then the verb and its "that", « que ». English may drop "that"; French writes « que ».
 */
const REPORT_EN = /^(?:\s+(?:of|at|from)\s+\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,5})?,?\s+(?:has\s+|had\s+)?(?:said|says|told\s+\p{L}+|added|adds|warned|warns|argued|argues|insisted|insists|explained|explains|noted|notes|stressed|stresses|believes|believed|admitted|admits|acknowledged|acknowledges)(?:\s+that)?\s+/u;
const REPORT_FR = /^(?:\s+(?:de|du|des|d['’])\s*(?:(?:la|le|les)\s+|l['’]\s*)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:de\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,5})?,?\s+(?:a|avait)\s+(?:dit|déclaré|affirmé|estimé|indiqué|expliqué|précisé|assuré|souligné|ajouté|jugé)\s+(?:que\s+|qu['’]\s*)/u;

/**
 * The span [start, end) of the clause a claim reports after the name it opens on (see {@link REPORT_EN}), to the
 * claim's end; undefined when no verb of reported speech follows the name, or the claim quotes (quoteSpeaker.ts
 * reads its quotation).
 *
 * @param claimText the claim.
 * @param nameEnd where the claim's opening name ends.
 */
export function reportedSpan(claimText: string, lang: Lang, nameEnd: number): [number, number] | undefined {
  if (/["“”«»]/.test(claimText)) return undefined;
  const match = (lang === 'fr' ? REPORT_FR : REPORT_EN).exec(claimText.slice(nameEnd));
  if (!match) return undefined;
  return [nameEnd + match[0].length, claimText.length];
}

/**
 * The speaker's name that opens `after` (the text right after a quotation's verb: "Northbank analyst Tom Ives, …",
 * "Tom Ives, analyst at Northbank"): the name of a role mention that starts there, its title before or after it.
 * Undefined when no role mention starts there (the caller reads a bare name).
 *
 * @returns the name's offsets in `after`.
 */
export function titledSpeaker(after: string, lang: Lang, at: number): { start: number; end: number } | undefined {
  for (const m of roleMentions(after, lang)) {
    const first = Math.min(m.name.start, m.head.start, m.complement?.start ?? m.head.start);
    if (first === at) return { start: m.name.start, end: m.name.end };
  }
  return undefined;
}

/** Subject pronouns and definite articles, folded, French and English. */
const PRONOUN_OR_ARTICLE = /^(?:he|she|they|it|il|elle|ils|elles|on|the|le|la|les|l')$/;

/**
 * Whether the words between a quotation and the capitalised word after it (folded: « a déclaré », "he told the")
 * hold a subject pronoun or end on an article: the pronoun is the speaker, who refers back to a name before (the
 * capitalised word is then a complement: "he told the Kestrel court"), and a name after an article is a description
 * that refers back too ("said the Briton"). Either way the capitalised word names no other speaker.
 */
export function pronounOrArticleSpeaker(between: readonly string[]): boolean {
  return between.some((w) => PRONOUN_OR_ARTICLE.test(w) && !/^(?:the|le|la|les|l')$/.test(w)) || (between.length > 0 && /^(?:the|le|la|les|l')$/.test(between[between.length - 1]));
}
