import type { Token } from '../text/tokenize';

/**
 * French writes a title's adjectives after its noun, before the body and the name: « le ministre britannique des
 * Affaires étrangères », « le procureur antiterroriste François Molins », « le député européen Raphaël Glucksmann »,
 * « le directeur départemental des pompiers ». The role reader (roles.ts) took the noun's complement to start with
 * a linking word (« de », « du »), so such a title was paired with no name at all: the claim's title and the
 * source's holder of it were never aligned. The adjectives are read here as the first words of the complement.
 *
 * An adjective is told from a verb by its derivational ending, the suffixes French forms relational and
 * nationality adjectives with (Grevisse, *Le Bon Usage*, §§ 169–170: -ique, -ien, -éen, -ais, -ois, -ain, -al,
 * -aire, -iste, -el, -if, -ier), in any gender and number. A verb of saying spelt like one (« indique »,
 * « explique ») is no adjective here when « que » follows it.
 */

/** Folded derivational endings of French relational and nationality adjectives, with gender and number. */
const ADJECTIVE_ENDING = /(?:ique|ien|ienne|een|eenne|ais|aise|ois|oise|ain|aine|al|ale|aux|ales|aire|iste|el|elle|if|ive|ier|iere)s?$/;

/** At most this many adjectives after a title's noun (« ministre délégué européen » has two). */
const MAX_ADJECTIVES = 2;

/** Whether a token is a French adjective by its ending (see the module comment): lowercase, four letters or more. */
function isTitleAdjective(t: Token): boolean {
  return t.kind === 'word' && t.text[0] === t.text[0].toLowerCase() && t.norm.length >= 4 && !/-/.test(t.norm) && ADJECTIVE_ENDING.test(t.norm);
}

/**
 * How many tokens right after a French title's noun (`tokens[from]` onward) are its adjectives: each joined to the
 * previous by spaces only, and the run followed by a linking word (`isLink`), a capitalised word (the name or the
 * body), a comma or the end of the text, never by « que » / « qu' » (a verb of saying). 0 when none.
 *
 * @param tokens the text's tokens, symbols left out.
 * @param from the index of the token right after the title's noun.
 * @param text the text the tokens are offsets in.
 * @param isLink whether a token is a word that links a title to its body (« de », « du », « à »).
 */
export function titleAdjectives(tokens: readonly Token[], from: number, text: string, isLink: (t: Token) => boolean): number {
  let n = 0;
  while (n < MAX_ADJECTIVES && from + n < tokens.length && /^\s+$/.test(text.slice(tokens[from + n - 1].end, tokens[from + n].start)) && isTitleAdjective(tokens[from + n])) n++;
  if (n === 0) return 0;
  const next = tokens[from + n];
  if (!next) return n;
  const between = text.slice(tokens[from + n - 1].end, next.start);
  if (/^\s*,/.test(between)) return n;
  if (!/^\s+$/.test(between) || /^(?:que|qu')$/.test(next.norm)) return 0;
  return isLink(next) || /^\p{Lu}/u.test(next.text) ? n : 0;
}
