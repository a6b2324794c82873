import { isFunctionWord } from '../text/functionWords';
import { tokenize } from '../text/tokenize';
import { clauseAround } from './alignment';

/**
 * A passage whose clause tells its fact of a personal pronoun (« Il avait été distingué par le prix X », "She was
 * elected in Y") states the fact of whom the pronoun stands for, named in the sentence before. When the claim
 * names its holder before its slot and neither the passage's sentence nor the one before names it, while that
 * sentence before names another person, the pronoun stands for that one: the name in the slot is another holder's
 * fact, not a conflict. A sentence before that names no one leaves the pronoun to whom the text was about — the
 * holder named further back (« l'ancien boxeur … Il avait pu bénéficier … ») or a thing: the passage then
 * contradicts only when it states clearly more of the claim than a contradiction needs (checkClaim.ts).
 */

/** Personal subject pronouns (folded) that stand for a person or a thing named before, in French and English. */
const SUBJECT_PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'he', 'she', 'they']);

/**
 * Whom the subject pronoun of the clause of `sourceText` before offset `at` (the source's name in the claim's slot)
 * stands for, as far as names tell: `'other'` when the sentence before (`previousSentence`, where the pronoun finds
 * what it stands for) names a person and none of `holderNames` (the claim's name words before its slot, folded) is
 * in it nor in the source's sentence; `'unresolved'` when neither names the holder and the sentence before names no
 * person (the pronoun may stand for the holder named further back, or for a thing: « La programmation compte
 * quarante concerts. Elle avait été … »); undefined when the clause has no subject pronoun (or a capitalised word
 * before it but the sentence's first), when a name of the holder is in either sentence, or when the claim names
 * no holder before its slot.
 */
export function pronounSubject(sourceText: string, at: number, holderNames: readonly string[], previousSentence: string | undefined): 'other' | 'unresolved' | undefined {
  if (holderNames.length === 0) return undefined;
  const clause = clauseAround(sourceText, at, at);
  const words = tokenize(sourceText.slice(clause.start, at)).filter((t) => t.kind === 'word');
  const pronoun = words.findIndex((t) => SUBJECT_PRONOUNS.has(t.norm));
  if (pronoun < 0) return undefined;
  // A name before the pronoun in the clause is its subject or what the pronoun stands for (« Selon Paul X, il … »): not this kind.
  if (words.slice(0, pronoun).some((t, i) => (i > 0 || clause.start > 0) && t.text[0] !== t.text[0].toLowerCase())) return undefined;
  const named = (text: string) => {
    const norms = new Set(tokenize(text).filter((t) => t.kind === 'word').map((t) => t.norm));
    return holderNames.some((n) => norms.has(n));
  };
  if (named(sourceText) || (previousSentence !== undefined && named(previousSentence))) return undefined;
  return previousSentence !== undefined && namesAnotherPerson(previousSentence) ? 'other' : 'unresolved';
}

/**
 * Whether a sentence names a person by a first and a last name: two capitalised words in a row, neither a function
 * word (« Marc Tessier », not « Pendant son procès, l'ancien boxeur … », whose pronoun after it still stands for the
 * one named before, nor « à Paris », a place).
 */
function namesAnotherPerson(sentence: string): boolean {
  const words = tokenize(sentence).filter((t) => t.kind === 'word');
  const capitalised = (i: number) => words[i].text[0] !== words[i].text[0].toLowerCase() && !/^\d/.test(words[i].text) && !isFunctionWord(words[i].norm);
  for (let i = 0; i + 1 < words.length; i++) {
    if (capitalised(i) && capitalised(i + 1) && /^\s+$/.test(sentence.slice(words[i].end, words[i + 1].start))) return true;
  }
  return false;
}
