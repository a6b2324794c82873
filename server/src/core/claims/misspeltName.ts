import damerauLevenshtein from 'damerau-levenshtein';
import { fold } from '../text/normalize';

/**
 * A source's one-off misspelling of the claim's name (« Hubert Coaoussin » in a passage where the article writes
 * « Hubert Caouissin » everywhere else, letters swapped or changed): the same person, not another name in the
 * claim's slot. A name "fixed" to its own misspelling would write a typo into a correct draft.
 */

/** The least letters of a word whose one-edit variant may be a misspelling; shorter words differ by design (Morin, Marin). */
const minLetters = 6;

/** The least letters of a word whose two-edit variant may be a misspelling (« Martin » and « Marion » are two names). */
const minLettersTwoEdits = 8;

/** The capitalised word right before `at` in `text`, after an elision (« d'Hubert »), folded; undefined when there is none. */
function nameWordBefore(text: string, at: number): string | undefined {
  const m = /(\p{Lu}[\p{L}’'-]*)\s+$/u.exec(text.slice(Math.max(0, at - 40), at));
  return m ? fold(m[1].replace(/^\p{L}['’]/u, '')) : undefined;
}

/**
 * Whether `sourceName` (written at `sourceAt` of `sourceText`) is a misspelling of `claimName` (written at
 * `claimStart` of `claimText`): the two names have as many words, alike but for one, and those two words, folded,
 * have {@link minLetters} letters or more, the same first letter, and are one edit apart (Damerau–Levenshtein:
 * a letter changed, added, dropped or two swapped), or, with {@link minLettersTwoEdits} letters or more, two edits
 * apart when the names share a first name (another word of the names, or the capitalised word right before each,
 * « Hubert »).
 */
export function misspeltName(claimName: string, claimText: string, claimStart: number, sourceName: string, sourceText: string, sourceAt: number): boolean {
  const claimWords = claimName.split(/[\s-]+/u).filter(Boolean).map(fold);
  const sourceWords = sourceName.split(/[\s-]+/u).filter(Boolean).map(fold);
  if (claimWords.length !== sourceWords.length) return false;
  const differing = claimWords.flatMap((w, i) => (w === sourceWords[i] ? [] : [i]));
  if (differing.length !== 1) return false;
  const a = claimWords[differing[0]];
  const b = sourceWords[differing[0]];
  if (a.length < minLetters || b.length < minLetters || a[0] !== b[0]) return false;
  const steps = damerauLevenshtein(a, b).steps;
  if (steps <= 1) return true;
  if (steps > 2 || a.length < minLettersTwoEdits || b.length < minLettersTwoEdits) return false;
  if (claimWords.length > 1) return true;
  const before = nameWordBefore(claimText, claimStart);
  return before !== undefined && before === nameWordBefore(sourceText, sourceAt);
}
