import type { Token } from '../text/tokenize';

/**
 * A name written after a title in apposition with its own rank or form of address and an article: « a déclaré le
 * directeur départemental des pompiers, le général Laurent Ferlay », « le médecin-chef du service, le professeur
 * Anne Roux », "the head of the inquiry, the admiral John Roe". The role reader (roles.ts) pairs a title with the
 * name right after its comma; the article and the rank between them hid the name, so the title was paired with no
 * one. A rank before a name is no title of its own here: it says how the person is addressed, not what post the
 * sentence gives.
 */

/** Ranks and forms of address written in lowercase after an article before a name (folded), in French and English. */
const RANKS = new Set(
  `general generale colonel lieutenant-colonel commandant capitaine lieutenant amiral vice-amiral contre-amiral adjudant sergent
  docteur professeur commander captain admiral major sergeant brigadier doctor professor`
    .split(/\s+/)
    .filter(Boolean),
);

const ARTICLES = new Set(['le', 'la', "l'", 'l’', 'the']);

/**
 * The index of the first token of a name written as « le général NAME » from `i` (the token after a title's comma):
 * `i` an article, `i + 1` a lowercase rank of {@link RANKS} (spaces between), `i + 2` a capitalised word. Undefined
 * otherwise.
 */
export function nameAfterRank(tokens: readonly Token[], text: string, i: number): number | undefined {
  const [article, rank, name] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!article || !rank || !name || !ARTICLES.has(article.norm) || rank.kind !== 'word' || !RANKS.has(rank.norm)) return undefined;
  if (rank.text[0] !== rank.text[0].toLowerCase() || !/^\p{Lu}/u.test(name.text)) return undefined;
  if (!/^\s*$/.test(text.slice(article.end, rank.start)) || !/^\s+$/.test(text.slice(rank.end, name.start))) return undefined;
  return i + 2;
}
