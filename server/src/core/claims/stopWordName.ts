import type { Token } from '../text/tokenize';

/**
 * Names spelt like a stop word: "Theresa May", "Li Deshui", "Bill Gates", "Will Young". The role reader (roles.ts)
 * tells a capitalised word that opens a sentence (« Selon », "Parmi") from a name by the stop lists of
 * stopwords-iso (functionWords.ts), which hold "may", "li", "bill", "will", "young": those names were cut short
 * ("Theresa" for "Theresa May") or not read at all ("chief Li Deshui"), so the title was paired with no one or
 * with a first name. Such a word is a name's when it is capitalised inside the sentence (not after a sentence's
 * or a quote's opening) and written right next to another word of the name.
 */

/** What may open a sentence or a quotation before a word, where a capital says nothing of a name. */
const OPENING = /[.!?:;«"“(\[]/;

/**
 * Whether `tokens[k]`, a capitalised stop word, is a word of the name `tokens[neighbour]` belongs to: `neighbour`
 * is next to `k` (one token before or after it), a word of a name (`isNameWord`), joined to it by spaces only, and
 * `k` does not open the text, a sentence or a quotation.
 */
export function isStopWordInName(tokens: readonly Token[], text: string, k: number, neighbour: number, isNameWord: (t: Token) => boolean): boolean {
  const t = tokens[k];
  const n = tokens[neighbour];
  if (!t || !n || Math.abs(k - neighbour) !== 1 || t.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(t.text) || !isNameWord(n)) return false;
  const [a, b] = k < neighbour ? [t, n] : [n, t];
  if (!/^ +$/.test(text.slice(a.end, b.start))) return false;
  const before = k > 0 ? text.slice(tokens[k - 1].end, t.start) : text.slice(0, t.start);
  return k > 0 && !OPENING.test(before.trim());
}
