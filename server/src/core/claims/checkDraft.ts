import type { CorpusIndex } from '../index/corpusIndex';
import type { ParsedMarkdown } from '../markdown/parseMarkdown';
import { detectSentenceLang } from '../text/lang';
import { fold } from '../text/normalize';
import { detectLang } from '../text/stem';
import type { Lang } from '../types';
import { analyzeClaim, type ClaimAnalysis } from './analyzeClaim';
import { checkClaim, type Verdict } from './checkClaim';
import { draftSentences, type DraftSentence } from './draftSentences';

/** One checked sentence of a draft. */
export interface CheckedSentence {
  sentence: DraftSentence;
  analysis: ClaimAnalysis;
  verdict: Verdict;
}

export interface CheckOptions {
  /** Draft language, or 'auto' to detect it per sentence. */
  language: 'auto' | Lang;
  /** Checked between sentences; checking stops early when it returns true. */
  isCancelled?: () => boolean;
  /** Claims the writer marked as checked, as {@link claimKey}s: skipped like ignored blocks. */
  checked?: ReadonlySet<string>;
  /** Results of an earlier check, reused for sentences whose text and block kind are unchanged. */
  previous?: ReadonlyMap<string, { analysis: ClaimAnalysis; verdict: Verdict }>;
}

/** How a claim is remembered in the workspace's checked list: case, accents, spacing and end punctuation evened out. */
export function claimKey(text: string): string {
  return fold(text).replace(/\s+/g, ' ').replace(/[\s.!…]+$/, '').trim();
}

/** A key under which a sentence's result can be reused while its text and kind do not change. */
export function sentenceKey(sentence: DraftSentence): string {
  return `${sentence.blockKind}\u0000${sentence.text}`;
}

/**
 * Checks every sentence of a parsed draft against the corpus. Sentences in ignored blocks are skipped.
 * Returns undefined when cancelled.
 */
export function checkDraft(parsed: ParsedMarkdown, index: CorpusIndex, options: CheckOptions): CheckedSentence[] | undefined {
  const results: CheckedSentence[] = [];
  const sentences = draftSentences(parsed);
  const documentLang = options.language === 'auto' ? detectLang(sentences.map((s) => s.text).join(' ')) : options.language;
  for (const sentence of sentences) {
    if (options.isCancelled?.()) return undefined;
    if (sentence.ignored || options.checked?.has(claimKey(sentence.text))) continue;
    const reused = options.previous?.get(sentenceKey(sentence));
    if (reused) {
      results.push({ sentence, ...reused });
      continue;
    }
    const lang = options.language === 'auto' ? detectSentenceLang(sentence.text, documentLang) : options.language;
    const analysis = analyzeClaim(sentence.text, lang, index.names, { heading: sentence.blockKind === 'heading' });
    results.push({ sentence, analysis, verdict: checkClaim(sentence.text, analysis, index) });
  }
  return results;
}
