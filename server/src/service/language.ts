import type { TextDocument } from 'vscode-languageserver-textdocument';
import { contextLanguages, draftLanguage, sentenceLanguage } from '../core/claims/checkDraft';
import { draftSentences, type DraftSentence } from '../core/claims/draftSentences';
import type { ParsedMarkdown } from '../core/markdown/parseMarkdown';
import { decidedLang } from '../core/text/lang';
import type { Lang } from '../core/types';
import type { ServiceContext } from './context';

const sentencesOfParse = new WeakMap<ParsedMarkdown, DraftSentence[]>();
const detectedOfParse = new WeakMap<ParsedMarkdown, Lang>();
const decidedOfParse = new WeakMap<ParsedMarkdown, { lang: Lang | undefined }>();
const contextOfParse = new WeakMap<ParsedMarkdown, (sentence: DraftSentence) => Lang | undefined>();

/** The sentences of a parsed draft (see draftSentences), made once per parse. */
export function sentencesOf(parsed: ParsedMarkdown): DraftSentence[] {
  let sentences = sentencesOfParse.get(parsed);
  if (!sentences) sentencesOfParse.set(parsed, (sentences = draftSentences(parsed)));
  return sentences;
}

/**
 * The language of a draft, for everything said about it (hovers, fixes, references section, completion):
 * `grounded.language`, or for `auto` the language its prose sentences are mostly in (the claim checker's
 * rule, draftLanguage). Detected once per document version.
 */
export function languageOfDraft(ctx: Pick<ServiceContext, 'parse' | 'settings'>, document: TextDocument): Lang {
  const setting = ctx.settings().language;
  if (setting !== 'auto') return setting;
  const parsed = ctx.parse(document);
  let lang = detectedOfParse.get(parsed);
  if (!lang) detectedOfParse.set(parsed, (lang = draftLanguage(sentencesOf(parsed), 'auto')));
  return lang;
}

/** The language of a sentence, or of the words typed so far of one, in a draft: its own, else the draft's when its stop words decide it, else its own n-grams', else the draft's. */
export function languageOfSentence(ctx: Pick<ServiceContext, 'parse' | 'settings'>, document: TextDocument, text: string): Lang {
  const parsed = ctx.parse(document);
  let decided = decidedOfParse.get(parsed);
  if (!decided) decidedOfParse.set(parsed, (decided = { lang: decidedLang(sentencesOf(parsed).map((s) => s.text).join(' ')) }));
  return sentenceLanguage(text, languageOfDraft(ctx, document), ctx.settings().language, decided.lang);
}

/**
 * The decided language of the paragraph, else of the draft, around a sentence of a draft (see contextLanguages),
 * for a sentence whose own stop words tie; `undefined` when neither is decided. Made once per parse.
 */
export function contextLanguageOf(ctx: Pick<ServiceContext, 'parse'>, document: TextDocument, sentence: DraftSentence): Lang | undefined {
  const parsed = ctx.parse(document);
  let contextOf = contextOfParse.get(parsed);
  if (!contextOf) contextOfParse.set(parsed, (contextOf = contextLanguages(sentencesOf(parsed))));
  return contextOf(sentence);
}
