/** Whether no letter or figure stands before `at` in `text`: what is written there opens the sentence. */
function opensSentence(text: string, at: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text.slice(0, Math.max(0, at)));
}

/**
 * The source's words of a fix with the case of the place they are written to: capitalised where they open the
 * claim's sentence, lower-cased where they do not and the source capitalised them only because they opened its
 * sentence (« Une trentaine d'automobilistes… » written in « Selon le maire, une quarantaine… » is « une
 * trentaine »). A capital followed by another (an acronym, "US$") or standing mid-sentence in the source (a name)
 * is kept. `at` is where the fix starts in the claim's sentence text, `sourceAt` where the words start in the
 * source's sentence text; the words as given when `at` is not known (-1).
 */
export function caseForPlace(newText: string, sentenceText: string, at: number, sourceText: string, sourceAt: number): string {
  const first = newText[0];
  if (!first || !/\p{L}/u.test(first) || at < 0) return newText;
  if (opensSentence(sentenceText, at)) return first.toUpperCase() + newText.slice(1);
  const capitalisedWord = first !== first.toLowerCase() && /^\p{Ll}/u.test(newText.slice(1));
  if (capitalisedWord && opensSentence(sourceText, sourceAt)) return first.toLowerCase() + newText.slice(1);
  return newText;
}
