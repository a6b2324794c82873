/**
 * Subordinate titles: a word that makes a title another, lower office (« vice-président », « sous-préfet »,
 * "vice-chairman", "deputy leader", "assistant coach"). A vice-chairman is not the chairman, nor a deputy leader
 * the leader: a title with such a word and the same title without it are two roles, where a rank (« première
 * adjointe », "second") only says which one of a kind. News text writes the word glued to the title by a hyphen
 * (« vice-président », "vice-chairman") or apart ("vice chairman", "deputy leader"); both read alike here.
 */

/**
 * Words (folded) that make a title a lower office, in French and English, before the title or after it
 * (« directeur adjoint »). "Acting", "interim", "associate", "junior" qualify the office too, but only the
 * comparison of titles written more fully reads them (crossLanguageTitle.ts): "acting chairman" is commonly
 * written "chairman" in the same article.
 */
export const SUBORDINATE = new Set('deputy vice assistant acting interim associate junior adjoint adjointe sous sous-directeur'.split(' '));

/** Subordinate words written before a title, apart or glued by a hyphen (folded). */
const BEFORE_TITLE = new Set(['vice', 'deputy', 'assistant', 'sous']);

/**
 * The title noun of a folded word that glues a subordinate word to it (« vice-présidente » → « presidente »,
 * "vice-chairman" → "chairman", « sous-préfet » → « prefet »), when `isTitle` holds for it; undefined otherwise.
 */
export function titleAfterSubordinate(norm: string, isTitle: (norm: string) => boolean): string | undefined {
  const m = /^([a-z]+)-(.+)$/.exec(norm);
  return m && BEFORE_TITLE.has(m[1]) && isTitle(m[2]) ? m[2] : undefined;
}

/** Whether a folded word, written apart before a title noun, makes it a lower office ("deputy", "vice", "assistant"). */
export function isSubordinateBefore(norm: string): boolean {
  return BEFORE_TITLE.has(norm);
}

/**
 * The words of a title (folded, lowercase) with a glued subordinate word written apart (« vice-présidente » →
 * « vice », « presidente »), so that "vice-chairman" and "vice chairman" are one title.
 */
export function splitSubordinate(words: readonly string[]): string[] {
  return words.flatMap((w) => {
    const m = /^([a-z]+)-(.+)$/.exec(w);
    return m && BEFORE_TITLE.has(m[1]) ? [m[1], m[2]] : [w];
  });
}

/** Whether a title's words (folded) hold a subordinate word ({@link SUBORDINATE}), apart or glued. */
export function hasSubordinate(words: readonly string[]): boolean {
  return splitSubordinate(words).some((w) => SUBORDINATE.has(w));
}
