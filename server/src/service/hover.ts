import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { citationAt } from '../core/citations/lookup';
import type { Cancellation, ServiceContext } from './context';
import { entityAt } from './entities';
import { languageOfDraft } from './language';
import { describeEntity } from './present/entity';
import { describeSource, describeUnknownSource } from './present/source';
import { describeVerdict } from './present/verdict';

/**
 * `textDocument/hover`: on a citation, the cited source's title and metadata; on an entity's name (in drafts
 * and corpus files), what the corpus says it is, with the claim's verdict when the sentence has one; on a
 * claim, its verdict and evidence. Null elsewhere.
 */
export function getHover(ctx: ServiceContext, document: TextDocument, position: Position, token: Cancellation): Hover | null {
  const parsed = ctx.parse(document);
  const offset = document.offsetAt(position);
  const found = citationAt(parsed, offset);
  if (!found) {
    const isCorpus = ctx.drafts.isCorpusFile(document);
    const entity = entityAt(ctx, document, offset, token);
    const checked = isCorpus ? undefined : ctx.drafts.sentenceAt(document, offset);
    const verdict = checked && checked.verdict.label !== 'none' ? describeVerdict(checked) : undefined;
    if (token.isCancellationRequested) return null;
    if (entity) {
      const value = [describeEntity(entity.entity, languageOfDraft(ctx, document)), ...(verdict ? ['---', verdict] : [])].join('\n\n');
      return { contents: { kind: MarkupKind.Markdown, value }, range: { start: document.positionAt(entity.span.start), end: document.positionAt(entity.span.end) } };
    }
    if (!checked || !verdict) return null;
    const range = { start: document.positionAt(checked.sentence.span.start), end: document.positionAt(checked.sentence.span.end) };
    return { contents: { kind: MarkupKind.Markdown, value: verdict }, range };
  }
  const source = ctx.corpus.index.documentById(found.key.id);
  const range = { start: document.positionAt(found.key.span.start), end: document.positionAt(found.key.span.end) };
  const value = source ? describeSource(source) : describeUnknownSource(found.key.id);
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}
