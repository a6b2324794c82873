import type { CorpusReader } from '../backend/corpusReader';
import { stem } from '../text/stem';
import type { ClaimAnalysis } from './analyzeClaim';
import { englishFor, frenchFor } from './lexicon';

/**
 * A French claim's analysis made to be read against English passages: each content word also stands for the English
 * stems and words the glossary translates it to (its own stem's and its French synonyms'), names unchanged. Its
 * values are copies, so that what was worked out of them for French passages (frames, contexts: cached per value)
 * is worked out again with the English terms. `undefined` when the claim is not French, the corpus has no English
 * passage, or the glossary translates none of its words.
 *
 * The English terms are never given to a French claim read against French passages: English stems may be French
 * words too (« soldé » stems as "sold"), and a French claim against French sources must not change.
 */
export function withEnglishTerms(analysis: ClaimAnalysis, index: CorpusReader): ClaimAnalysis | undefined {
  if (analysis.lang !== 'fr' || index.passagesIn('en') === 0) return undefined;
  let translated = false;
  const words = analysis.words.map((word, i) => {
    const english = [stem(word.text.toLowerCase(), 'fr'), ...word.terms].flatMap(englishFor);
    // The claim's first word, capitalised, is taken for a name when the corpus never writes it, as an English corpus
    // never writes « Fin » or « Selon »: when the glossary translates it and the corpus writes no such name, it is a word.
    const firstWordNoName = i === 0 && word.start === 0 && word.isName && english.length > 0 && !index.names.isName(word.norm);
    if (word.isName && !firstWordNoName) return { ...word };
    const added = english.filter((t) => !word.terms.includes(t));
    if (added.length > 0) translated = true;
    return { ...word, ...(firstWordNoName ? { isName: false } : {}), terms: [...word.terms, ...new Set(added)] };
  });
  if (!translated) return undefined;
  return { ...analysis, words, quantities: analysis.quantities.map((q) => ({ ...q })) };
}

/**
 * An English claim's analysis for a corpus with no English passage, whose first word, capitalised, was taken for a
 * name only because the French corpus never writes it ("Officers seized …", "Lawyers said …"): it is a word when the
 * glossary translates it and the corpus writes no such name, so that a passage need not name it to state the claim.
 * `undefined` when nothing changes (the claim is not English, the corpus has English passages, the first word is no
 * such name).
 */
export function withFirstWordForFrench(analysis: ClaimAnalysis, index: CorpusReader): ClaimAnalysis | undefined {
  if (analysis.lang !== 'en' || index.passagesIn('en') > 0 || index.passagesIn('fr') === 0) return undefined;
  const first = analysis.words[0];
  if (!first || first.start !== 0 || !first.isName || index.names.isName(first.norm)) return undefined;
  if (frenchFor(stem(first.text.toLowerCase(), 'en')).length === 0 && frenchFor(first.norm).length === 0) return undefined;
  return { ...analysis, words: [{ ...first, isName: false }, ...analysis.words.slice(1)], quantities: analysis.quantities.map((q) => ({ ...q })) };
}
