import { sourceUri } from './sourceUri';
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import { mentionsIn } from '../core/entities/compactEntities';
import type { EntityKind } from '../core/entities/types';
import type { Cancellation, ServiceContext } from './context';
import { entityLocation } from './entities';

/** How entity kinds show in outlines and symbol pickers. */
export const symbolKinds: Record<EntityKind, SymbolKind> = {
  person: SymbolKind.Variable,
  organization: SymbolKind.Class,
  product: SymbolKind.Module,
  place: SymbolKind.Namespace,
  acronym: SymbolKind.Constant,
  other: SymbolKind.Field,
};

/** `textDocument/documentSymbol` for corpus articles: the article, and the entities it names (first mention). Empty for drafts. */
export function getDocumentSymbols(ctx: ServiceContext, uri: string, token: Cancellation): DocumentSymbol[] {
  if (!uri.startsWith('file:')) return [];
  const doc = ctx.corpus.index.documentByPath(URI.parse(uri).fsPath);
  if (!doc) return [];
  const children: DocumentSymbol[] = [];
  for (const entity of ctx.corpus.entities().entities) {
    if (token.isCancellationRequested) return [];
    const here = mentionsIn(entity, doc.path);
    if (here.length === 0) continue;
    children.push({ name: entity.name, detail: `${here.length}×`, kind: symbolKinds[entity.kind], range: here[0].range, selectionRange: here[0].range });
  }
  children.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const end = doc.lines.positionAt(doc.text.length);
  const start = { line: 0, character: 0 };
  return [{ name: doc.title, detail: `@${doc.id}`, kind: SymbolKind.File, range: { start, end }, selectionRange: { start, end: start }, children }];
}

/** `workspace/symbol`: the corpus entities and sources, found fuzzily by name, title or citation id. */
export function getWorkspaceSymbols(ctx: ServiceContext, query: string, token: Cancellation): WorkspaceSymbol[] {
  const entities = ctx.corpus
    .entities()
    .search(query, 50)
    .flatMap((entity): WorkspaceSymbol[] => {
      const at = entityLocation(entity);
      return at ? [{ name: entity.name, kind: symbolKinds[entity.kind], containerName: entity.kind, location: { uri: sourceUri(at.path), range: at.range } }] : [];
    });
  if (token.isCancellationRequested) return [];
  const sources = ctx.corpus.index
    .sources()
    .search(query, 50)
    .map(({ item: doc }): WorkspaceSymbol => {
      const start = doc.frontMatterSpan ? doc.lines.positionAt(doc.frontMatterSpan.end) : { line: 0, character: 0 };
      // The picker filters what it is given by the symbol's name: the citation key goes in it, so "os-17" finds @os-1671.
      return {
        name: `${doc.title} @${doc.id}`,
        kind: SymbolKind.File,
        containerName: `@${doc.id}`,
        location: { uri: sourceUri(doc.path), range: { start, end: start } },
      };
    });
  return token.isCancellationRequested ? [] : [...entities, ...sources];
}
