import { isStopWord, termsOf } from '../text/stem';
import { tokenize } from '../text/tokenize';
import type { Lang } from '../types';
import type { ClaimWord } from './analyzeClaim';

/**
 * The words that place a name after a noun (a court, a prison, a hospital "in", « de », « à » a town), per
 * language, folded. Only these: a slot of another kind ("against", « contre », "by") is no place.
 */
const PLACE_LINKS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(['in', 'at', 'of', 'near', 'outside']),
  fr: new Set(['a', 'de', 'du', 'd', 'en', 'dans', 'au', 'pres']),
};

/** Articles and determiners that may stand between a place noun's link and its name, or before the noun. */
const ARTICLES = new Set(['a', 'an', 'the', 'le', 'la', 'les', 'l', 'un', 'une']);

/** How many words before the source's link are read for the noun of the slot (« tribunal de district américain de »). */
const SOURCE_NOUN_REACH = 4;

/**
 * A claim's name in a slot written in the other language: whether the source name at `sourceAt` follows a place
 * link (« de », « à », « dans ») after a noun group that writes the noun the claim's name follows with its own place
 * link ("a district court in Seattle" and « le tribunal de district américain de Chicago »: the court, in a town).
 * The slot the claim's words make (see checkClaim's wordsBefore) is compared word for word within a language; across
 * languages the words differ and their order too (French puts the noun first and its adjectives after), so the
 * claim's noun is looked for, by its terms (translations included), among the few words before the source's link.
 *
 * @param claimText The claim sentence; `claimStart` the offset of its name in question.
 * @param words The claim's content words (their terms say which source words state them).
 * @param sourceText The passage sentence; `sourceAt` the offset of the name the passage writes.
 * @returns false when either name follows no place link, or the claim's noun is not among the source's words there.
 */
export function placeSlotAcrossLanguages(claimText: string, claimStart: number, claimLang: Lang, words: readonly ClaimWord[], sourceText: string, sourceAt: number, sourceLang: Lang): boolean {
  if (claimLang === sourceLang) return false;
  const claimBefore = wordsOfClause(claimText.slice(Math.max(0, claimStart - 80), claimStart));
  dropArticles(claimBefore);
  const claimLink = claimBefore.pop();
  if (!claimLink || !PLACE_LINKS[claimLang].has(claimLink.norm)) return false;
  dropArticles(claimBefore);
  const nounToken = claimBefore.pop();
  if (!nounToken) return false;
  const offset = Math.max(0, claimStart - 80);
  const noun = words.find((w) => !w.isName && w.start === offset + nounToken.start);
  if (!noun) return false;
  const sourceBefore = wordsOfClause(sourceText.slice(Math.max(0, sourceAt - 80), sourceAt));
  dropArticles(sourceBefore);
  const sourceLink = sourceBefore.pop();
  if (!sourceLink || !PLACE_LINKS[sourceLang].has(sourceLink.norm)) return false;
  const nounWords = sourceBefore.slice(-SOURCE_NOUN_REACH).filter((t) => !isStopWord(t.norm, sourceLang) && !ARTICLES.has(t.norm));
  const terms = new Set(nounWords.flatMap((t) => termsOf(t.text, sourceLang)));
  return noun.terms.some((t) => terms.has(t));
}

/** Takes the articles off the end of a run of words (« dans le », "in the"). */
function dropArticles(words: { norm: string }[]): void {
  while (words.length > 0 && ARTICLES.has(words[words.length - 1].norm)) words.pop();
}

/** The word tokens of the end of `text` after its last punctuation mark (the clause the name is in), folded. */
function wordsOfClause(text: string): { norm: string; text: string; start: number }[] {
  const cut = Math.max(...[',', ';', ':', '(', ')', '.', '«', '»', '"', '“', '”'].map((c) => text.lastIndexOf(c)));
  const from = cut + 1;
  return tokenize(text.slice(from), from)
    .filter((t) => t.kind === 'word' || t.kind === 'elision')
    .map((t) => ({ norm: t.norm.replace(/['’]$/, ''), text: t.text, start: t.start }));
}

/**
 * Where the passage writes `name` in the claim name's place slot across languages (see {@link placeSlotAcrossLanguages}):
 * the offset of its first such occurrence, or undefined.
 */
export function placeSlotAcrossLanguagesAt(claimText: string, claimStart: number, claimLang: Lang, words: readonly ClaimWord[], sourceText: string, name: string, sourceLang: Lang): number | undefined {
  if (claimLang === sourceLang) return undefined;
  for (let at = sourceText.indexOf(name); at >= 0; at = sourceText.indexOf(name, at + name.length)) {
    if (placeSlotAcrossLanguages(claimText, claimStart, claimLang, words, sourceText, at, sourceLang)) return at;
  }
  return undefined;
}
