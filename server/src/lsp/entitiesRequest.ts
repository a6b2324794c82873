import { URI } from 'vscode-uri';
import { entitiesRequest, type EntitySummary } from '../protocol';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';

/** `grounded/entities`: every entity with its counts, definition and where it is defined, for the Entities view. */
export function registerEntitiesRequest(ctx: ServerContext): void {
  ctx.connection.onRequest(entitiesRequest, guard(ctx, entitiesRequest, [] as EntitySummary[], (): EntitySummary[] =>
    ctx.entities().entities.map((entity) => {
      const definition = entity.definition;
      const at = definition?.path && definition.range ? { path: definition.path, range: definition.range } : entity.mentions[0] && { path: entity.mentions[0].path, range: entity.mentions[0].range };
      return {
        id: entity.id,
        name: entity.name,
        kind: entity.kind,
        aliases: entity.aliases,
        mentions: entity.mentions.length,
        documents: entity.documents,
        definition: definition?.source === 'sentence' ? definition.sentence : definition?.text,
        location: at && { uri: URI.file(at.path).toString(), range: at.range },
      };
    }),
  ));
}
