import { entitiesRequest, type EntitySummary } from '../protocol';
import type { LanguageService } from '../service/languageService';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';

/** `grounded/entities` (see service/entities.ts). */
export function registerEntitiesRequest(ctx: ServerContext, service: LanguageService): void {
  ctx.connection.onRequest(entitiesRequest, guard(ctx, entitiesRequest, [] as EntitySummary[], () => service.getEntitySummaries()));
}
