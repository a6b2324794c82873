import type { Token } from '../text/tokenize';

/**
 * An English title's body written before its noun, in the shapes the role reader's run of modifiers (roles.ts)
 * stopped short of, so that the title was paired with no name:
 * - a body whose name has "of" inside it: "Bank of England governor Mervyn King", "National Bureau of Statistics
 *   chief Li Deshui";
 * - a possessor written with "'s", and an acronym, whatever their word (a stop list may hold a company's name or an
 *   acronym: "Microsoft's", "UK");
 * - common nouns of the body after a possessor or after the article of an apposition: "Li Deshui, China's tax
 *   chief", "Dave Prentis, the local government minister", "Alex Hilton, Microsoft's UK managing director";
 * - common nouns of the title right after an apposition's comma, with or without "a" / "an": "Paul Newsome, an
 *   insurance analyst at Numis", "Julie Howell, digital policy manager at the RNIB". Not a verb of saying nor a
 *   participle ("London, said bank manager …"): a clause goes on there, no title.
 */

/** At most this many lowercase words of a body between its possessor (or article) and the title's noun. */
const BODY_WORDS = 3;

const isCapitalised = (t: Token | undefined) => t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text);

/** Verbs that open a clause after a name's comma ("London, said …"), and participles (-ed): no words of a title. */
const CLAUSE_VERB = /^(?:said|says|told|tells|added|adds|according|claims|warns|notes|explains)$|ed$/;

/**
 * The index of the first token of an English title's body before its noun, from `preFirst` (where the role
 * reader's run of modifiers starts; the title's first token when there is none): `preFirst` moved back over the
 * shapes of the module comment, or `preFirst` as is.
 *
 * @param tokens the text's tokens, symbols left out.
 * @param text the text the tokens are offsets in.
 * @param preFirst the first token of the title as read so far (its modifiers, else its noun).
 * @param isModifier the role reader's test of a pre-modifier (a name, a word of office).
 * @param isFunctionWord whether a folded word is a function word.
 * @param isExcluded words that never belong to a body (honorifics, words of time).
 */
export function englishBodyStart(tokens: readonly Token[], text: string, preFirst: number, isModifier: (t: Token) => boolean, isFunctionWord: (norm: string) => boolean, isExcluded: (norm: string) => boolean): number {
  const gap = (a: number) => text.slice(tokens[a].end, tokens[a + 1].start);
  const spaced = (a: number) => /^\s+$/.test(gap(a));
  const possessive = (a: number) => /^['’]s\s+$/.test(gap(a));
  let p = preFirst;
  // Common nouns of the body right before the noun, when a possessor or an apposition's article comes before them.
  let q = p;
  while (q - 1 >= 0 && p - q < BODY_WORDS && spaced(q - 1) && tokens[q - 1].kind === 'word' && !isCapitalised(tokens[q - 1]) && !isFunctionWord(tokens[q - 1].norm) && !isExcluded(tokens[q - 1].norm)) q--;
  if (q < p && q - 1 >= 0) {
    const before = tokens[q - 1];
    const possessor = isCapitalised(before) && possessive(q - 1);
    const article = /^(?:the|a|an)$/.test(before.norm) && spaced(q - 1) && q - 2 >= 0 && isCapitalised(tokens[q - 2]) && /^\s*,\s*$/.test(gap(q - 2));
    // Right after the comma of a name in apposition, the title's words (not a clause's verb).
    const apposed = isCapitalised(before) && /^\s*,\s*$/.test(gap(q - 1)) && tokens.slice(q, p).every((t) => !CLAUSE_VERB.test(t.norm));
    if (possessor || article || apposed) p = q;
  }
  for (;;) {
    if (p - 1 < 0) return p;
    // A possessor, whatever its word ("Microsoft's").
    if (isCapitalised(tokens[p - 1]) && possessive(p - 1)) {
      p--;
      continue;
    }
    // "of" inside the body's name, between capitalised words ("Bank of England").
    if (p - 2 >= 0 && tokens[p - 1].norm === 'of' && isCapitalised(tokens[p]) && isCapitalised(tokens[p - 2]) && spaced(p - 1) && spaced(p - 2)) {
      p -= 2;
      continue;
    }
    // An acronym ("UK", "US"), which a stop list may hold as a word.
    if (spaced(p - 1) && (isModifier(tokens[p - 1]) || /^\p{Lu}{2,5}$/u.test(tokens[p - 1].text))) {
      p--;
      continue;
    }
    return p;
  }
}
