import { isFunctionWord } from '../text/functionWords';
import type { Token } from '../text/tokenize';

/**
 * A name inside a noun phrase that describes someone ("the 29-year-old former Cork postman", "a Leeds-born
 * midfielder", "the ex-Ajax striker") qualifies the phrase's head noun: it is no subject of the sentence's verb, and
 * no other holder of the claim's fact (the person described may well be the claim's subject, named in another
 * sentence). Read in English only, where such a phrase runs article, modifiers, name, head noun, verb.
 */

const ARTICLE = /^(?:the|a|an)$/;
/** Words that end a noun phrase's modifiers: prepositions, conjunctions, relative pronouns, verbs of saying or being. */
const BREAKS = /^(?:of|in|at|to|from|by|with|for|on|into|and|or|but|that|which|who|whom|whose|as|than|said|says|is|was|are|were|be|been|has|had|have|will|would)$/;
/** At most this many modifiers between the article and the name ("29-year-old former"). */
const MODIFIERS = 4;

/**
 * Whether the capitalised name at tokens `first`…`name` sits inside a described noun phrase before the verb at
 * `anchor`: one lowercase word right after it heads the phrase and the verb follows it (or an auxiliary does), and the
 * words before the name back to an article "the", "a" or "an" are lowercase modifiers or figures, at least one, at
 * most {@link MODIFIERS}, none of {@link BREAKS}, no punctuation between them. `tokens`: the sentence's tokens without
 * symbols; `text`: the sentence.
 */
export function nameInsideDescription(tokens: readonly Token[], text: string, first: number, name: number, anchor: number): boolean {
  const head = tokens[name + 1];
  if (!head || head.kind !== 'word' || name + 1 >= anchor || /^\p{Lu}/u.test(head.text) || isFunctionWord(head.norm)) return false;
  // The head noun is the last word before the verb, or before an auxiliary of it.
  if (name + 2 !== anchor && !(name + 3 === anchor && /^(?:has|had|have|is|was|will|would|had|did)$/.test(tokens[name + 2].norm))) return false;
  const apart = (i: number) => /[,;:.()«»"“”!?]/.test(text.slice(tokens[i].end, tokens[i + 1].start));
  if (apart(name) || apart(name + 1)) return false;
  let modifiers = 0;
  for (let k = first - 1; k >= 0 && modifiers <= MODIFIERS; k--) {
    const t = tokens[k];
    if (apart(k)) return false;
    if (ARTICLE.test(t.norm)) return modifiers > 0;
    if (t.kind === 'word' && (/^\p{Lu}/u.test(t.text) || BREAKS.test(t.norm))) return false;
    modifiers++;
  }
  return false;
}
