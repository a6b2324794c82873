import { URI } from 'vscode-uri';
import { entitiesRequest, type EntitySummary } from '../protocol';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';
import { firstMention, mentionCount } from '../core/entities/compactEntities';

/** `grounded/entities`: every entity with its counts, definition and where it is defined, for the Entities view. */
export function registerEntitiesRequest(ctx: ServerContext): void {
  ctx.connection.onRequest(entitiesRequest, guard(ctx, entitiesRequest, [] as EntitySummary[], (): EntitySummary[] =>
    ctx.entities().entities.map((entity) => {
      const definition = entity.definition;
      const at = definition?.path && definition.range ? { path: definition.path, range: definition.range } : firstMention(entity);
      return {
        id: entity.id,
        name: entity.name,
        kind: entity.kind,
        aliases: entity.aliases,
        mentions: mentionCount(entity),
        documents: entity.documents,
        definition: definition?.source === 'sentence' ? definition.sentence : definition?.text,
        location: at && { uri: URI.file(at.path).toString(), range: at.range },
      };
    }),
  ));
}
