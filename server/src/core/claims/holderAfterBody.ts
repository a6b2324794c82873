import type { Token } from '../text/tokenize';

/**
 * The holder written right after a title's body, with no comma: « Beyrouth, le ministre des Travaux publics Michel
 * Najjar », "Leeds, the head of public health Jane Doe". A name before the title with a comma between (« Beyrouth, le
 * ministre … ») reads as the title's apposition, and the role reader (roles.ts) gave the title to it, keeping the
 * holder's name inside the body; but a title is written once, with its holder next to it: the name that closes the
 * body is the holder, and the one before the comma is some other word of the sentence (a place, another person).
 *
 * The body must end on a lowercase word that is no linking word before the name (« publics »): after a linking word
 * the capitalised words may be the body's own name (« directeur de Air France Industries »), which this does not split.
 */

/** A word of a person's name: a capital then lowercase letters, hyphenated parts alike (« Jean-Marc », « Najjar »). */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*$/u;

/** At most this many words in the holder's name. */
const MAX_NAME_WORDS = 3;

/**
 * How many tokens at the end of a title's complement are its holder's name (see the module comment): two or three
 * name words joined by spaces, right after a lowercase word of the body that `isLink` and `isFunctionWord` both
 * reject; 0 when the complement does not end so.
 *
 * @param complement the complement's tokens, in order, contiguous in `text`.
 * @param text the text the tokens are offsets in.
 */
export function holderAfterBody(complement: readonly Token[], text: string, isLink: (t: Token) => boolean, isFunctionWord: (norm: string) => boolean): number {
  let k = 0;
  while (k < MAX_NAME_WORDS && k < complement.length && NAME_WORD.test(complement[complement.length - 1 - k].text)) {
    const t = complement[complement.length - 1 - k];
    const before = complement[complement.length - 2 - k];
    if (before && NAME_WORD.test(before.text) && !/^\s+$/.test(text.slice(before.end, t.start))) break;
    k++;
  }
  if (k < 2) return 0;
  const before = complement[complement.length - 1 - k];
  if (!before || before.kind !== 'word' || /^\p{Lu}/u.test(before.text) || isLink(before) || isFunctionWord(before.norm)) return 0;
  return /^\s+$/.test(text.slice(before.end, complement[complement.length - k].start)) ? k : 0;
}
