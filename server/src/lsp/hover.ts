import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { citationAt } from '../core/citations/lookup';
import { detectLang } from '../core/text/stem';
import type { CheckedSentence } from '../core/claims/checkDraft';
import type { Evidence } from '../core/claims/checkClaim';
import type { CorpusDocument, Sentence } from '../core/corpus/document';
import type { DraftChecker } from './drafts';
import { describeEntity } from './entityHover';
import { entityAt } from './entityLookup';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';
import { escapeMarkdown, fileLink } from './markdownText';

/**
 * `textDocument/hover`: on a citation, the cited source's title and metadata; on an entity's name (in drafts
 * and corpus files), what the corpus says it is; on a claim, its verdict and evidence.
 */
export function registerHover(ctx: ServerContext, drafts: DraftChecker): void {
  ctx.connection.onHover(guard(ctx, 'textDocument/hover', null, (params): Hover | null => {
    const document = ctx.documents.get(params.textDocument.uri);
    if (!document) return null;
    const parsed = ctx.parse(document);
    const offset = document.offsetAt(params.position);
    const found = citationAt(parsed, offset);
    if (!found) {
      const isCorpus = drafts.isCorpusFile(document);
      const entity = entityAt(ctx, document, offset);
      const checked = isCorpus ? undefined : drafts.sentenceAt(document, offset);
      const verdict = checked && checked.verdict.label !== 'none' ? describeVerdict(checked) : undefined;
      if (entity) {
        const lang = ctx.settings.language === 'auto' ? detectLang(document.getText()) : ctx.settings.language;
        const value = [describeEntity(entity.entity, lang), ...(verdict ? ['---', verdict] : [])].join('\n\n');
        return { contents: { kind: MarkupKind.Markdown, value }, range: { start: document.positionAt(entity.span.start), end: document.positionAt(entity.span.end) } };
      }
      if (!checked || !verdict) return null;
      const range = { start: document.positionAt(checked.sentence.span.start), end: document.positionAt(checked.sentence.span.end) };
      return { contents: { kind: MarkupKind.Markdown, value: verdict }, range };
    }
    const source = ctx.index.documentById(found.key.id);
    const range = { start: document.positionAt(found.key.span.start), end: document.positionAt(found.key.span.end) };
    const value = source
      ? describeSource(source)
      : `**Unknown source** \`@${escapeMarkdown(found.key.id)}\`: no corpus document has this id.`;
    return { contents: { kind: MarkupKind.Markdown, value }, range };
  }));
}

/** Markdown describing a corpus document: title, id, metadata, and a link that opens it. */
export function describeSource(doc: CorpusDocument): string {
  const lines = [`**${escapeMarkdown(doc.title)}**`, ''];
  const facts: string[] = [`\`@${doc.id.replace(/`/g, '')}\``];
  if (doc.author) facts.push(escapeMarkdown(doc.author));
  if (doc.date) facts.push(escapeMarkdown(doc.date));
  facts.push(doc.lang);
  facts.push(`${doc.sentences.length} sentences`);
  lines.push(facts.join(' · '));
  if (doc.url) lines.push('', escapeMarkdown(doc.url));
  lines.push('', fileLink(pathLabel(doc.path), URI.file(doc.path).toString(), 0));
  return lines.join('\n');
}

function pathLabel(filePath: string): string {
  const parts = filePath.split(/[\\/]/);
  return parts.slice(-2).join('/');
}

const verdictTitles = {
  fr: { supported: 'Étayé par le corpus', contradicted: 'Contredit par le corpus', unsupported: 'Non étayé par le corpus', disagree: 'Les sources divergent' },
  en: { supported: 'Supported by the corpus', contradicted: 'Contradicted by the corpus', unsupported: 'Not supported by the corpus', disagree: 'The sources disagree' },
};

/** Markdown for a claim's verdict: the label, confidence, and the evidence passages with links to them. */
export function describeVerdict(checked: CheckedSentence): string {
  const { verdict, analysis } = checked;
  const titles = verdictTitles[analysis.lang];
  const label = verdict.label === 'none' ? '' : titles[verdict.label];
  const lines = [`**Grounded — ${label}** (${Math.round(verdict.confidence * 100)} %)`];
  const shown = verdict.label === 'unsupported' ? verdict.evidence.filter((e) => e.coverage >= 0.3).slice(0, 1) : verdict.evidence.slice(0, 2);
  for (const evidence of shown) lines.push('', quote(evidence));
  if (verdict.disagreement) lines.push('', `*${titles.disagree}:*`, '', quote(verdict.disagreement.evidence));
  return lines.join('\n');
}

function quote(evidence: Evidence): string {
  return quotePassage(evidence.doc, evidence.sentence);
}

/** A corpus sentence as a Markdown quote, escaped, with a link to it and its citation key. */
export function quotePassage(doc: CorpusDocument, sentence: Sentence): string {
  const link = fileLink(doc.title, URI.file(doc.path).toString(), sentence.range.start.line);
  return `> ${escapeMarkdown(sentence.text)}\n>\n> — ${link} \`@${doc.id.replace(/`/g, '')}\``;
}
