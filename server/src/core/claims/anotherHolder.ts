import type { Quantity } from '../text/quantities';
import { openingSubjectName } from './openingSubject';

/**
 * Whether a value in conflict with the claim's is another holder's: every name of the claim is only in the
 * sentences around the passage's sentence (`claimNamesAllOutside`), and that sentence opens on another name, its
 * subject (openingSubject.ts), a lone first word counting as a name when the corpus writes it as one (`isName`, on
 * folded words). Read: "Lulu Tam, who left third with just 4% of the vote, said… Rask then left, with 14% of the
 * vote": 14 % is Rask's, no contradiction nor fix of a claim of Lulu Tam's share. A date or a year is no one's
 * holding: it places an event the subject may only be part of ("Ebbers … a fraud that saw the firm collapse in July
 * 2002"). The value alignment already drops such values when the opening name has an article or several words;
 * this check, on the conflicts only, adds the lone name.
 */
export function valueNamedForAnother(sentenceText: string, value: Quantity, claimNamesAllOutside: boolean, isName: (norm: string) => boolean): boolean {
  return claimNamesAllOutside && value.kind !== 'date' && value.kind !== 'year' && openingSubjectName(sentenceText, isName) !== undefined;
}
