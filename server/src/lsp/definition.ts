import type { Location } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { citationAt } from '../core/citations/lookup';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';

/** `textDocument/definition`: on a citation `[@id]`, the cited source document. */
export function registerDefinition(ctx: ServerContext): void {
  ctx.connection.onDefinition(guard(ctx, 'textDocument/definition', null, (params): Location[] | null => {
    const document = ctx.documents.get(params.textDocument.uri);
    if (!document) return null;
    const found = citationAt(ctx.parse(document), document.offsetAt(params.position));
    if (!found) return null;
    const source = ctx.index.documentById(found.key.id);
    if (!source) return null;
    const start = source.frontMatterSpan ? source.lines.positionAt(source.frontMatterSpan.end) : { line: 0, character: 0 };
    return [{ uri: URI.file(source.path).toString(), range: { start, end: start } }];
  }));
}
