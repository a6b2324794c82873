import { entitiesRequest } from '../protocol';
import type { LanguageService } from '../service/languageService';
import type { ServerContext } from './context';
import { handleRequest } from './custom';

/** `grounded/entities` (see service/entities.ts). */
export function registerEntitiesRequest(ctx: ServerContext, service: LanguageService): void {
  handleRequest(ctx, entitiesRequest, [], (token) => service.answer(() => service.getEntitySummaries(token)));
}
