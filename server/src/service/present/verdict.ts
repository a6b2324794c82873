import { sourceUri } from '../sourceUri';
import type { Evidence } from '../../core/claims/checkClaim';
import type { CheckedSentence } from '../../core/claims/checkDraft';
import type { CorpusDocument, Sentence } from '../../core/corpus/document';
import { claimWordsSpan, closePassage, conflictValues } from './findings';
import { excerptAround, shortTitle } from './excerpt';
import { escapeMarkdown, fileLink } from './markdown';
import type { Lang, Span } from '../../core/types';
import { messages } from './messages';

/** What a verdict's hover leaves out because the hover says it elsewhere. */
export interface VerdictOptions {
  /** The passage the entity part of the hover quotes already (file and sentence): not quoted twice. */
  quoted?: { path: string; text: string };
  /** Titles of the claim's quick fixes, named after the evidence. */
  fixes?: string[];
}

/**
 * Markdown for a claim's verdict, in the draft's language `lang`: one line saying what it is (and for a contradiction,
 * the claim's wrong part and the source's value), the evidence passage once, short, around that value, with its
 * source, then the quick fixes. Undefined for a sentence that is no claim.
 */
export function describeVerdict(checked: CheckedSentence, lang: Lang, options: VerdictOptions = {}): string | undefined {
  const { verdict } = checked;
  if (verdict.label === 'none') return undefined;
  const l = messages[lang];
  const title = `**${l.verdicts[verdict.label]}**`;
  const lines: string[] = [];
  let shown: Evidence | undefined;
  let focus: string | undefined;
  if (verdict.label === 'contradicted') {
    const values = conflictValues(checked);
    lines.push(`${title}${l.colon}${escapeMarkdown(values ? l.sourceSays(values.claim, values.source) : l.opposite)}`);
    shown = verdict.evidence[0];
    focus = values?.source;
  } else {
    lines.push(title);
    const close = verdict.label === 'unsupported' ? closePassage(checked) : undefined;
    shown = verdict.label === 'supported' ? verdict.evidence[0] : close?.evidence;
    focus = close?.focus;
  }
  if (shown) {
    const same = options.quoted && options.quoted.path === shown.doc.path && options.quoted.text === shown.sentence.text;
    if (same) lines.push('', `*${l.samePassage}*`);
    else lines.push('', quoteExcerpt(shown.doc, shown.sentence, focus, claimWordsSpan(checked, shown.sentence.text, shown.doc.lang)));
  }
  if (verdict.disagreement) {
    const { evidence, sourceText } = verdict.disagreement;
    lines.push('', `*${l.verdicts.disagree}*${l.colon}${escapeMarkdown(l.quote(sourceText))} — ${sourceLink(evidence.doc, evidence.sentence)}`);
  }
  for (const fix of options.fixes ?? []) lines.push('', escapeMarkdown(l.quickFix(fix)));
  return lines.join('\n');
}

/**
 * A corpus passage as a short Markdown quote (see excerptAround): `focus`, the value a message names, in bold,
 * else centred on `centre`; then its source: the short title linked to the passage, and the citation key.
 */
export function quoteExcerpt(doc: CorpusDocument, sentence: Sentence, focus?: string, centre?: Span): string {
  const body = excerptAround(sentence.text, focus, undefined, centre)
    .map((part) => (part.focus ? `**${escapeMarkdown(part.text)}**` : escapeMarkdown(part.text)))
    .join('');
  return `> ${body}\n>\n> — ${sourceLink(doc, sentence)}`;
}

/** A source as a hover names it: its short title, linked to a passage, and its citation key. */
export function sourceLink(doc: CorpusDocument, sentence: Sentence): string {
  return `${fileLink(shortTitle(doc.title), sourceUri(doc.path), sentence.range.start.line)} \`@${doc.id.replace(/`/g, '')}\``;
}
