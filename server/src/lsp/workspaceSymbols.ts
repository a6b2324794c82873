import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';

/** `workspace/symbol`: the corpus sources, found fuzzily by title or citation id. */
export function registerWorkspaceSymbols(ctx: ServerContext): void {
  ctx.connection.onWorkspaceSymbol(guard(ctx, 'workspace/symbol', [], (params): WorkspaceSymbol[] =>
    ctx.index
      .sources()
      .search(params.query, 50)
      .map(({ item: doc }) => {
        const start = doc.frontMatterSpan ? doc.lines.positionAt(doc.frontMatterSpan.end) : { line: 0, character: 0 };
        return {
          name: doc.title,
          kind: SymbolKind.File,
          containerName: `@${doc.id}`,
          location: { uri: URI.file(doc.path).toString(), range: { start, end: start } },
        };
      }),
  ));
}
