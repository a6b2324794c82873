import { tokenize } from '../text/tokenize';

/**
 * Whether texts that write a claim's name (`norm`, folded) write it only as a common word, in lower case: "the Nord
 * département" against « au nord de Lens », "Centre" against « le centre-ville ». Across languages a name shared by
 * both is written capitalised in both (« Vendin-le-Vieil », « le Nord »), while the same letters in lower case are
 * the other language's common word: they do not state the name. False when no text writes the word as one token
 * (it was matched otherwise: a stem, a translation), or when one writes it capitalised.
 */
export function writtenOnlyInLowerCase(norm: string, texts: readonly string[]): boolean {
  let seen = false;
  for (const text of texts) {
    for (const token of tokenize(text)) {
      if (token.kind !== 'word' || token.norm !== norm) continue;
      if (token.text[0] !== token.text[0].toLowerCase()) return false;
      seen = true;
    }
  }
  return seen;
}
