import type { Quantity } from '../text/quantities';
import { fold } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import { isCalendarName } from './monthNames';

/**
 * Whether a passage's value is told of another holder than the claim's. The claim names its holder (`claimNames`,
 * the claim's name words as written) and the passage's sentence writes none of them — they are only in the
 * sentences around it — while the sentence opens on another name, its subject, before the value: a capitalised
 * word the corpus writes as a name (`isName`, on folded words), no weekday or month. Read: "Lulu Tam, who left
 * third with just 4% of the vote, said… Kell then left, with 14% of the vote": 14 % is Kell's, not Lulu Tam's, and
 * no fix of a claim of Lulu Tam's share. A name further in the sentence (« held in the UK since 2001 », « salue le
 * courage de Mme Monnier ») may be a place or a complement, and a sentence that opens on no name (« Il est reparti
 * avec 14 % ») is left to the other rules. A date or a year is no one's holding: it places an event that the
 * subject may only be part of ("Ebbers … a fraud that saw the firm collapse in July 2002").
 *
 * @param sentenceText the passage's sentence; `value` is read in it (offsets into it).
 * @param namesOutsideSentence the claim's name words (as written) that the passage's sentence does not write.
 */
export function valueNamedForAnother(sentenceText: string, value: Quantity, claimNames: readonly string[], namesOutsideSentence: readonly string[], isName: (norm: string) => boolean): boolean {
  if (value.kind === 'date' || value.kind === 'year' || namesOutsideSentence.length === 0 || namesOutsideSentence.length < claimNames.length) return false;
  const first = tokenize(sentenceText).find((t) => t.kind === 'word');
  if (!first || first.start >= (value.approxStart ?? value.start) || first.text[0] === first.text[0].toLowerCase()) return false;
  const own = new Set(claimNames.flatMap((n) => n.split(/[\s'’-]+/u)).map((w) => fold(w)));
  return !own.has(fold(first.text)) && !isCalendarName(first.norm) && isName(first.norm);
}
