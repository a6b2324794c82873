import { fold } from '../text/normalize';
import { isRoleNoun } from './roles';

/** The role noun written right after a name, as in "the Ireland coach", "a Sony executive": folded, or undefined. */
function roleNounAfter(text: string, end: number): string | undefined {
  const match = /^\s+([\p{Ll}][\p{L}-]*)/u.exec(text.slice(end));
  const norm = match && fold(match[1]);
  return norm && isRoleNoun(norm) ? norm : undefined;
}

/** The role noun that a name complements, as in « l'entraîneur de l'Irlande », "coach of Ireland": folded, or undefined. */
function roleNounBefore(text: string, start: number): string | undefined {
  const match = /([\p{Ll}][\p{L}-]*)\s+(?:of(?:\s+the)?|for(?:\s+the)?|de(?:\s+la)?|du|des|d['’]|de\s+l['’])\s*$/u.exec(text.slice(Math.max(0, start - 40), start));
  const norm = match && fold(match[1]);
  return norm && isRoleNoun(norm) ? norm : undefined;
}

/**
 * Whether a claim's name is the body of a role (a name before a role noun, "the Ireland coach", or its complement,
 * « l'entraîneur de l'Irlande ») that the passage's name at `sourceAt` does not hold as the body of that same role.
 * The passage's name is then another name of the sentence (an event, a competition: "a first Six Nations
 * victory"), not the body the passage gives for the role: writing it in the claim's slot would be a wrong fix.
 * `claimStart`/`claimEnd`: the claim's name phrase; `sourceAt`/`sourceName`: the passage's name and its offset.
 * False when the claim's name is no body of a role.
 */
export function roleBodyMismatch(claimText: string, claimStart: number, claimEnd: number, sourceText: string, sourceAt: number, sourceName: string): boolean {
  const role = roleNounAfter(claimText, claimEnd) ?? roleNounBefore(claimText, claimStart);
  if (role === undefined) return false;
  const sourceRole = roleNounAfter(sourceText, sourceAt + sourceName.length) ?? roleNounBefore(sourceText, sourceAt);
  return sourceRole !== role;
}
