import type { RoleMention } from './roles';

/**
 * A role's body that a possessive goes on past (« director of the Harbour Trust's freight unit »): `roleMentions`
 * (roles.ts) ends the complement at the possessive, so its words (« of the Harbour Trust ») are the possessor, not
 * the body. A quick fix that writes the title alone, or the complement as read, would give the claim's person a
 * role the source does not say (« the Harbour Trust's director »): the fix writes the source's whole role phrase,
 * up to where it ends (a comma or the sentence's end within four words), or no fix.
 */

/** "'s" and up to four words, then a clause mark or the end of the sentence. */
const POSSESSIVE_TAIL = /^['’]s(?:\s+[\p{L}\d-]+){1,4}?(?=\s*(?:[,;:.!?)»"”—–]|$))/u;
/** "'s" or "’s" right after the complement: its body goes on. */
const POSSESSIVE = /^['’]s(?![\p{L}])/u;

/**
 * Where the source's whole role phrase ends when its complement is the possessor of the body (`text` is the
 * source sentence, `m` a role mention of it): the offset after the possessive's last word; `null` when a
 * possessive follows but its phrase does not end within four words (no fix can be written); `undefined` when no
 * possessive follows the complement (the complement is the body as read).
 */
export function possessedBodyEnd(text: string, m: RoleMention): number | null | undefined {
  if (!m.complement || m.complement.start < m.head.end) return undefined;
  const after = text.slice(m.complement.end);
  if (!POSSESSIVE.test(after)) return undefined;
  const tail = POSSESSIVE_TAIL.exec(after);
  return tail ? m.complement.end + tail[0].length : null;
}
