import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import type { ServerContext } from './context';
import { symbolKinds } from './documentSymbols';
import { guard } from './errorBoundary';
import { firstMention, mentionCount } from '../core/entities/compactEntities';

/** `workspace/symbol`: the corpus entities and sources, found fuzzily by name, title or citation id. */
export function registerWorkspaceSymbols(ctx: ServerContext): void {
  ctx.connection.onWorkspaceSymbol(guard(ctx, 'workspace/symbol', [], (params): WorkspaceSymbol[] => [
    ...ctx
      .entities()
      .search(params.query, 50)
      .filter((entity) => mentionCount(entity) > 0 || entity.definition?.path)
      .map((entity): WorkspaceSymbol => {
        const at = entity.definition?.path && entity.definition.range ? { path: entity.definition.path, range: entity.definition.range } : firstMention(entity)!;
        return { name: entity.name, kind: symbolKinds[entity.kind], containerName: entity.kind, location: { uri: URI.file(at.path).toString(), range: at.range } };
      }),
    ...ctx.index
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
  ]));
}
