import type { Location } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import type { ServerContext } from './context';
import { entitiesIn, entityAt } from './entityLookup';
import { guard } from './errorBoundary';

/** `textDocument/references`: on an entity's name, every mention in the corpus and in the open drafts. */
export function registerReferences(ctx: ServerContext): void {
  ctx.connection.onReferences(guard(ctx, 'textDocument/references', null, (params): Location[] | null => {
    const document = ctx.documents.get(params.textDocument.uri);
    if (!document) return null;
    const entity = entityAt(ctx, document, document.offsetAt(params.position))?.entity;
    if (!entity) return null;
    const locations: Location[] = entity.mentions.map((m) => ({ uri: URI.file(m.path).toString(), range: m.range }));
    const corpusUris = new Set(locations.map((l) => l.uri));
    for (const open of ctx.documents.all()) {
      if (corpusUris.has(open.uri) || open.languageId !== 'markdown') continue;
      for (const occurrence of entitiesIn(ctx, open)) {
        if (occurrence.entity !== entity) continue;
        locations.push({ uri: open.uri, range: { start: open.positionAt(occurrence.span.start), end: open.positionAt(occurrence.span.end) } });
      }
    }
    return locations;
  }));
}
