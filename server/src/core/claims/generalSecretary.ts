import type { RoleMention } from './roles';

/**
 * A general secretary (« secrétaire général(e) de la CGT », "general secretary of the union Unison", "secretary
 * general of Nato") heads an organisation: no minister, though "secretary" and « secrétaire » alone are a
 * minister's titles in the press ("Home Secretary", « secrétaire d'État »). Titles are compared by their words
 * (otherTitle.ts), and "general", « général » are stop words there, so the two read as one office and a claim
 * that made a union's general secretary a minister was never contradicted.
 */

/** "Secretary" or « secrétaire » as written in a title. */
const SECRETARY = /^(?:secretary|secr[eé]taire)\b/iu;
/** "General" or « général(e) » written in the title, or right before it ("general secretary"). */
const GENERAL = /\bg[eé]n[eé]rale?\b/iu;

/**
 * Whether a role mention is a general secretary's (see the module comment): its head is "secretary" or
 * « secrétaire » with "general" / « général(e) » in it or right before it in `text`, the text the mention was read in.
 */
export function isGeneralSecretary(m: RoleMention, text: string): boolean {
  if (!SECRETARY.test(m.head.text)) return false;
  return GENERAL.test(m.head.text) || /\bgeneral\s+$/iu.test(text.slice(Math.max(0, m.head.start - 10), m.head.start));
}
