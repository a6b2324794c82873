import { fold } from '../text/normalize';

/** The capitalised words of a name from its first one ("Los Angeles", « Saint-Denis »): the name as the claim writes it. */
const NAME_AT = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/u;

/** Escapes a string for a regular expression. */
function escaped(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether a document writes the claim's name that starts at `start`: the name itself (folded, as whole words), or,
 * for a name of two words or more, its initials in capitals as a word of their own ("LA" for "Los Angeles", « PS »
 * for « Parti Socialiste »). A document the claim cites that names the claim's name ("the LA ceremony" for "held
 * in Los Angeles") is where the claim took it: another document's name in its slot ("held in Hollywood", a place
 * inside it, or another name of it) is then no sure contradiction of the claim. False when no name starts there.
 */
export function citedWritesName(claimText: string, start: number, docTexts: readonly string[]): boolean {
  const name = NAME_AT.exec(claimText.slice(start))?.[0];
  if (!name) return false;
  const words = name.split(/\s+/);
  const whole = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped(fold(name))}(?![\\p{L}\\p{N}])`, 'u');
  const initials = words.length >= 2 ? new RegExp(`(?:^|[^\\p{L}\\p{N}])${words.map((w) => w[0]).join('')}(?![\\p{L}\\p{N}])`, 'u') : undefined;
  return docTexts.some((text) => whole.test(fold(text)) || (initials !== undefined && initials.test(text)));
}
