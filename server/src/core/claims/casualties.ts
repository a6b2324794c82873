import { fold } from '../text/normalize';
import type { Quantity } from '../text/quantities';

/** What a count of people in a toll counts: the dead, the injured, the missing, or those taken to hospital. */
export type CasualtyState = 'dead' | 'injured' | 'missing' | 'hospitalised';

/**
 * The words that say which state a count of a toll counts, folded (marks removed, lower case), in French and in
 * English: « 290 morts », « 290 personnes ont péri », « 600 ont été blessées », "12 were killed", "40 injured".
 */
const STATE_WORDS: readonly { state: CasualtyState; words: RegExp }[] = [
  { state: 'dead', words: /^(?:morte?s?|tuee?s?|decedee?s?|deces|peri|perissent|perdu la vie|dead|died|deaths?|killed|fatalit(?:y|ies)|perished|lost their lives)$/ },
  { state: 'injured', words: /^(?:blessee?s?|blessures?|injured|injuries|wounded|hurt)$/ },
  { state: 'missing', words: /^(?:disparue?s?|missing)$/ },
  { state: 'hospitalised', words: /^(?:hospitalisee?s?|hospitali[sz]ed)$/ },
];

/** Where the words of a count's clause end: punctuation, or a word that joins another clause or another count. */
const CLAUSE_END = /[,;:.()!?«»"“”]|\s(?:et|dont|mais|and|but|including|of whom|while)\s/iu;

/**
 * Which state a count of people counts, from its counted noun and the words of its clause after it (« 207 morts »,
 * « plus de 290 personnes ont péri », « et 600 ont été blessées », "at least 40 people were injured"): at most six
 * words, up to the end of its clause. `undefined` when none of those words says a state.
 */
export function casualtyState(text: string, q: Quantity): CasualtyState | undefined {
  if (q.kind !== 'number') return undefined;
  const after = text.slice(q.numberEnd, q.numberEnd + 80);
  const clause = after.split(CLAUSE_END)[0];
  const words = fold(clause).split(/[^\p{L}]+/u).filter(Boolean).slice(0, 6);
  for (let i = 0; i < words.length; i++) {
    const one = words[i];
    const three = words.slice(i, i + 3).join(' ');
    const found = STATE_WORDS.find((s) => s.words.test(one) || s.words.test(three));
    if (found) return found.state;
  }
  return undefined;
}

/**
 * Whether a claim's count and a source's count may be of the same quantity of a toll: not when their words say two
 * states (the dead and the injured: « plus de 290 personnes ont péri » and « plus de 450 personnes ont été
 * blessées », both counts of « personnes »). A count whose words say no state compares as before.
 */
export function sameCasualtyState(claimText: string, claim: Quantity, sourceText: string, source: Quantity): boolean {
  const a = casualtyState(claimText, claim);
  const b = a && casualtyState(sourceText, source);
  return a === undefined || b === undefined || a === b;
}
