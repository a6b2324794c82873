import { sourceUri } from './sourceUri';
import type { Location, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Cancellation, ServiceContext } from './context';
import { entitiesIn, entityAt } from './entities';

/** `textDocument/references`: on an entity's name, every mention in the corpus and in the open drafts. Null elsewhere or when cancelled. */
export function getReferences(ctx: ServiceContext, document: TextDocument, position: Position, token: Cancellation): Location[] | null {
  const entity = entityAt(ctx, document, document.offsetAt(position), token)?.entity;
  if (!entity) return null;
  const locations: Location[] = entity.mentions.map((m) => ({ uri: sourceUri(m.path), range: m.range }));
  const corpusUris = new Set(locations.map((l) => l.uri));
  for (const open of ctx.documents.all()) {
    if (token.isCancellationRequested) return null;
    if (corpusUris.has(open.uri) || open.languageId !== 'markdown') continue;
    for (const occurrence of entitiesIn(ctx, open, token)) {
      if (occurrence.entity !== entity) continue;
      locations.push({ uri: open.uri, range: { start: open.positionAt(occurrence.span.start), end: open.positionAt(occurrence.span.end) } });
    }
  }
  return token.isCancellationRequested ? null : locations;
}
