import type { ClaimAnalysis, ClaimWord } from './analyzeClaim';

/** Words that say a number is a person's age, folded: "65 years old", « âgé de 42 ans », "aged 42". */
const AGE_WORDS = new Set(['old', 'aged', 'age', 'agee', 'ages', 'agees', 'ans', 'an', 'year', 'years']);
/** How far before and after an age's figure its words are read (« âgé de 42 ans », "65 years old"). */
const AGE_REACH = 12;

const cache = new WeakMap<ClaimAnalysis, Set<ClaimWord>>();

/**
 * The claim's words that only say that one of its figures is an age ("years", "old" of "Mr Ebbers is 65 years
 * old"; « ans », « âgé » of « âgé de 42 ans »). A passage that gives an age writes it otherwise ("Mr Ebbers, 63,
 * is accused"): these words are found in any passage that states an age (see `Quantity.age`), and what remains
 * to find is whose age it is. Empty when the claim states no age.
 */
export function ageWordsOf(analysis: ClaimAnalysis): ReadonlySet<ClaimWord> {
  let words = cache.get(analysis);
  if (!words) {
    words = new Set();
    for (const q of analysis.quantities) {
      if (!q.age) continue;
      for (const word of analysis.words) {
        if (word.isName || word.end < q.start - AGE_REACH || word.start > q.end + AGE_REACH) continue;
        if (word.isUnit || AGE_WORDS.has(word.norm)) words.add(word);
      }
    }
    cache.set(analysis, words);
  }
  return words;
}
