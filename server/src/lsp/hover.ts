import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { citationAt } from '../core/citations/lookup';
import type { CorpusDocument } from '../core/corpus/document';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';
import { escapeMarkdown, fileLink } from './markdownText';

/** `textDocument/hover`: on a citation, the cited source's title and metadata. */
export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover(guard(ctx, 'textDocument/hover', null, (params): Hover | null => {
    const document = ctx.documents.get(params.textDocument.uri);
    if (!document) return null;
    const parsed = ctx.parse(document);
    const found = citationAt(parsed, document.offsetAt(params.position));
    if (!found) return null;
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
