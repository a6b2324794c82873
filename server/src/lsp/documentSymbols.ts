import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import type { EntityKind } from '../core/entities/types';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';
import { mentionsIn } from '../core/entities/compactEntities';

/** How entity kinds show in outlines and symbol pickers. */
export const symbolKinds: Record<EntityKind, SymbolKind> = {
  person: SymbolKind.Variable,
  organization: SymbolKind.Class,
  product: SymbolKind.Module,
  place: SymbolKind.Namespace,
  acronym: SymbolKind.Constant,
  other: SymbolKind.Field,
};

/** `textDocument/documentSymbol` for corpus articles: the article, and the entities it names (first mention). */
export function registerDocumentSymbols(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol(guard(ctx, 'textDocument/documentSymbol', [], (params): DocumentSymbol[] => {
    if (!params.textDocument.uri.startsWith('file:')) return [];
    const doc = ctx.index.documentByPath(URI.parse(params.textDocument.uri).fsPath);
    if (!doc) return [];
    const children: DocumentSymbol[] = [];
    for (const entity of ctx.entities().entities) {
      const here = mentionsIn(entity, doc.path);
      if (here.length === 0) continue;
      children.push({ name: entity.name, detail: `${here.length}×`, kind: symbolKinds[entity.kind], range: here[0].range, selectionRange: here[0].range });
    }
    children.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const end = doc.lines.positionAt(doc.text.length);
    const start = { line: 0, character: 0 };
    return [{ name: doc.title, detail: `@${doc.id}`, kind: SymbolKind.File, range: { start, end }, selectionRange: { start, end: start }, children }];
  }));
}
