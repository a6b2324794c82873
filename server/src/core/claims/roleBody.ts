import { fold } from '../text/normalize';
import { isRoleNoun } from './roles';

/** The role noun written right after a name, as in "the Portugal coach", "a Sony executive": folded, or undefined. */
function roleNounAfter(text: string, end: number): string | undefined {
  const match = /^\s+([\p{Ll}][\p{L}-]*)/u.exec(text.slice(end));
  const norm = match && fold(match[1]);
  return norm && isRoleNoun(norm) ? norm : undefined;
}

/** The role noun that a name complements, as in « l'entraîneur du Portugal », "coach of Portugal": folded, or undefined. */
function roleNounBefore(text: string, start: number): string | undefined {
  const match = /([\p{Ll}][\p{L}-]*)\s+(?:of(?:\s+the)?|for(?:\s+the)?|de(?:\s+la)?|du|des|d['’]|de\s+l['’])\s*$/u.exec(text.slice(Math.max(0, start - 40), start));
  const norm = match && fold(match[1]);
  return norm && isRoleNoun(norm) ? norm : undefined;
}

/**
 * Whether a claim's name is the body of a role (a name before a role noun, "the Portugal coach", or its complement,
 * « l'entraîneur du Portugal ») that the passage's name at `sourceAt` does not hold as the body of that same role.
 * The passage's name is then another name of the sentence (an event, a competition: "a first Nations
 * Cup win"), not the body the passage gives for the role: writing it in the claim's slot would be a wrong fix.
 * `claimStart`/`claimEnd`: the claim's name phrase; `sourceAt`/`sourceName`: the passage's name and its offset.
 * False when the claim's name is no body of a role.
 */
export function roleBodyMismatch(claimText: string, claimStart: number, claimEnd: number, sourceText: string, sourceAt: number, sourceName: string): boolean {
  const role = roleNounAfter(claimText, claimEnd) ?? roleNounBefore(claimText, claimStart);
  if (role === undefined) return false;
  const sourceRole = roleNounAfter(sourceText, sourceAt + sourceName.length) ?? roleNounBefore(sourceText, sourceAt);
  return sourceRole !== role;
}

/** A possessive before a role noun (« leur entraîneur », "their coach"): the role's body is the clause's subject. */
const POSSESSIVE = /(?:^|\s)(?:their|its|leur|son|sa)\s+$/iu;

/**
 * The body a passage gives for a role through a possessive: in "Norway hope to hand their coach Lars
 * Berg …", the body of "coach" is the subject the clause opens on, "Norway". `role`: the folded role noun;
 * `isPerson`: whether a word is of the name the claim gives the role to. Undefined when the passage writes no possessive
 * before that role noun followed by that name's word, or when its clause opens on no name alone (another name before the
 * possessive, or a lowercase subject): unsure, no body.
 */
export function possessorBody(sourceText: string, role: string, isPerson: (word: string) => boolean): string | undefined {
  for (const match of sourceText.matchAll(/[\p{L}-]+/gu)) {
    if (fold(match[0]) !== role) continue;
    const at = match.index ?? 0;
    const before = sourceText.slice(0, at);
    const next = /^\s+(\p{Lu}[\p{L}'’-]*)/u.exec(sourceText.slice(at + match[0].length));
    if (!POSSESSIVE.test(before) || !next || !isPerson(next[1])) continue;
    // The clause the possessive is in: from the last sentence or clause mark before it.
    const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
    const subject = /^\s*((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)*)\s+\p{Ll}/u.exec(clause);
    if (!subject) return undefined;
    // Only one name in the clause before the possessive: the subject.
    const rest = clause.slice(subject.index + subject[0].length - 1);
    if (/\p{Lu}/u.test(rest)) return undefined;
    return subject[1];
  }
  return undefined;
}

/** The role noun whose body the claim's name is, as {@link roleBodyMismatch} reads it; undefined when none. */
export function roleOfBody(claimText: string, claimStart: number, claimEnd: number): string | undefined {
  return roleNounAfter(claimText, claimEnd) ?? roleNounBefore(claimText, claimStart);
}
