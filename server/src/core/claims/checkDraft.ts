import type { CorpusReader } from '../backend/corpusReader';
import type { ParsedMarkdown } from '../markdown/parseMarkdown';
import { decidedLang, detectSentenceLang } from '../text/lang';
import { fold } from '../text/normalize';
import type { Lang } from '../types';
import { analyzeClaim, type ClaimAnalysis } from './analyzeClaim';
import { cutInside, isPlainClaim } from './plainClaims';
import { checkClaim, type Verdict } from './checkClaim';
import { withoutBorrowedHolder } from './definedTerms';
import { draftSentences, type DraftSentence } from './draftSentences';
import { antecedentsKey, draftAntecedents } from './draftAntecedents';
import { subjectReferent } from './referentSubject';

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
  /** The draft's own file path, when the corpus may hold it (a note saved in the corpus folder): never its own evidence. */
  draftPath?: string;
}

/** How a claim is remembered in the workspace's checked list: case, accents, spacing and end punctuation evened out. */
export function claimKey(text: string): string {
  return fold(text).replace(/\s+/g, ' ').replace(/[\s.!…]+$/, '').trim();
}

/** A key under which a sentence's result can be reused while its text, kind, label status, citations and antecedents do not change. */
export function sentenceKey(sentence: DraftSentence): string {
  return `${sentence.blockKind}${sentence.label ? '\u0001' : '\u0000'}${sentence.text}\u0002${citedIds(sentence).join(' ')}\u0003${antecedentsKey(sentence.antecedents)}`;
}

/** The citation keys of a sentence, in order. */
function citedIds(sentence: DraftSentence): string[] {
  return sentence.citations.flatMap((c) => c.keys.map((k) => k.id));
}

/**
 * Checks every sentence of a parsed draft against the corpus. Sentences in ignored blocks are skipped.
 * Returns undefined when cancelled.
 */
export function checkDraft(parsed: ParsedMarkdown, index: CorpusReader, options: CheckOptions): CheckedSentence[] | undefined {
  const steps = draftSteps(parsed, index, options);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** Options of {@link checkDraftAsync}. */
export interface AsyncCheckOptions extends CheckOptions {
  /** Called with each sentence checked anew (to keep its verdict even if the check is then cancelled). */
  onChecked?: (result: CheckedSentence) => void;
  /**
   * Called now and then during a long check (a draft of {@link partialMinSentences} sentences or more) with the
   * sentences checked so far, in order.
   */
  onPartial?: (results: CheckedSentence[]) => void;
}

/**
 * The fewest sentences a draft has for its findings to be shown in parts while it is checked: a shorter draft is
 * checked in a second or two even on a loaded machine, and its findings come whole (a part of them shown first
 * would say for a moment that the other claims have nothing to report).
 */
export const partialMinSentences = 100;

/**
 * {@link checkDraft} in slices of a few milliseconds, yielding to the event loop between them: the server
 * answers requests and sees edits (which cancel the check) while a long draft is checked.
 */
export async function checkDraftAsync(parsed: ParsedMarkdown, index: CorpusReader, options: AsyncCheckOptions, sliceMs = 15, partialMs = 1000): Promise<CheckedSentence[] | undefined> {
  const steps = draftSteps(parsed, index, options);
  let sliceStart = performance.now();
  let lastPartial = sliceStart;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (step.value.fresh) options.onChecked?.(step.value.result);
    const now = performance.now();
    if (now - sliceStart < sliceMs) continue;
    if (options.onPartial && step.value.total >= partialMinSentences && now - lastPartial > partialMs) {
      options.onPartial(step.value.soFar);
      lastPartial = now;
    }
    await new Promise((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
    if (options.isCancelled?.()) return undefined;
  }
}

/** The check of a draft, one sentence per step (each step says whether it was checked anew, and the results so far). */
function* draftSteps(
  parsed: ParsedMarkdown,
  index: CorpusReader,
  options: CheckOptions,
): Generator<{ result: CheckedSentence; fresh: boolean; soFar: CheckedSentence[]; total: number }, CheckedSentence[] | undefined> {
  const results: CheckedSentence[] = [];
  const sentences = withAntecedents(draftSentences(parsed), index);
  const documentLang = draftLanguage(sentences, options.language);
  const contextLangOf = contextLanguages(sentences);
  for (const sentence of sentences) {
    if (options.isCancelled?.()) return undefined;
    if (isSkipped(sentence, options.checked)) continue;
    const reused = options.previous?.get(sentenceKey(sentence));
    // A sentence whose stop words tie takes its paragraph's or draft's language: kept only if that is unchanged.
    if (reused && reused.analysis.lang === sentenceLanguage(sentence.text, documentLang, options.language, contextLangOf(sentence))) {
      results.push({ sentence, ...reused });
      continue;
    }
    const result = checkSentence(sentence, documentLang, index, options, contextLangOf(sentence));
    results.push(result);
    yield { result, fresh: true, soFar: results, total: sentences.length };
  }
  return results;
}

/**
 * The draft's sentences, those whose subject pronoun stands for a name of the sentences before them with those
 * sentences' names (draftAntecedents.ts), once the corpus's entities are built (none before). Only those carry
 * them: an edit of a sentence checks again only the pronoun claims after it (see {@link sentenceKey}).
 */
export function withAntecedents(sentences: DraftSentence[], index: CorpusReader): DraftSentence[] {
  if (index.hasEntities === false) return sentences;
  const antecedents = draftAntecedents(sentences, index.entities());
  return sentences.map((s, i) => (subjectReferent(s.text, antecedents[i]) ? { ...s, antecedents: antecedents[i] } : s));
}

/**
 * The language of a draft as a whole: the setting, or for 'auto' the one its sentences are mostly in (their stop
 * words; when those tie, as in a short draft of names and figures, character n-grams: detectSentenceLang; French
 * when neither decides).
 */
export function draftLanguage(sentences: readonly DraftSentence[], language: CheckOptions['language']): Lang {
  return language === 'auto' ? detectSentenceLang(sentences.map((s) => s.text).join(' '), 'fr') : language;
}

/**
 * The language of one sentence (or the start of one) of a draft whose language is `draftLang`: the setting, or for
 * 'auto' its own, or when its stop words tie `contextLang` (see {@link contextLanguages}).
 */
export function sentenceLanguage(text: string, draftLang: Lang, language: CheckOptions['language'], contextLang?: Lang): Lang {
  return language === 'auto' ? detectSentenceLang(text, draftLang, contextLang) : language;
}

/**
 * The language around each sentence of a draft, for a sentence whose own stop words tie: its paragraph's (block's)
 * when the paragraph's stop words decide it, else the draft's when the draft's do ({@link decidedLang}), else
 * `undefined`. A sentence alone in its draft gets `undefined`: its own words are all the evidence there is.
 */
export function contextLanguages(sentences: readonly DraftSentence[]): (sentence: DraftSentence) => Lang | undefined {
  const draft = decidedLang(sentences.map((s) => s.text).join(' '));
  const textOfBlock = new Map<number, string[]>();
  for (const s of sentences) {
    const texts = textOfBlock.get(s.block);
    if (texts) texts.push(s.text);
    else textOfBlock.set(s.block, [s.text]);
  }
  const blocks = new Map<number, Lang | undefined>();
  return (sentence) => {
    if (!blocks.has(sentence.block)) blocks.set(sentence.block, decidedLang((textOfBlock.get(sentence.block) ?? [sentence.text]).join(' ')));
    return blocks.get(sentence.block) ?? draft;
  };
}

/** A sentence not checked: in an ignored block, or a claim the writer marked as checked (`checked`: {@link claimKey}s). */
export function isSkipped(sentence: DraftSentence, checked?: ReadonlySet<string>): boolean {
  return sentence.ignored || (checked?.has(claimKey(sentence.text)) ?? false);
}

/** Checks one sentence of a draft whose language (for 'auto') is `documentLang`, in a paragraph or draft whose decided language is `contextLang`. */
export function checkSentence(sentence: DraftSentence, documentLang: Lang, index: CorpusReader, options: Pick<CheckOptions, 'language' | 'draftPath'>, contextLang?: Lang): CheckedSentence {
  const lang = sentenceLanguage(sentence.text, documentLang, options.language, contextLang);
  const analysis = analyzeClaim(sentence.text, lang, index.names, { heading: sentence.blockKind === 'heading' });
  // Headings and labels are Markdown structure that names things: never claims, their citations still checked.
  if (sentence.label && analysis.isClaim) {
    analysis.isClaim = false;
    analysis.reason = sentence.blockKind === 'heading' ? 'heading' : 'label';
  }
  // A plain claim whose prose had math or code cut out of it is not checked on the words left (plainClaims.ts).
  if (isPlainClaim(analysis) && cutInside(sentence.offsets, sentence.citations.map((c) => c.span))) {
    analysis.isClaim = false;
    analysis.reason = 'no-fact';
  }
  const verdict = checkClaim(sentence.text, analysis, index, { cited: citedIds(sentence), ...(options.draftPath ? { draftPath: options.draftPath } : {}), ...(sentence.antecedents?.length ? { antecedents: sentence.antecedents } : {}) });
  // A definition whose term has no words states its fact of no one: never another holder's value (definedTerms.ts).
  return { sentence, analysis, verdict: sentence.definition?.ownStart === 0 ? withoutBorrowedHolder(verdict) : verdict };
}
