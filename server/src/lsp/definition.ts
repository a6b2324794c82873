import type { LanguageService } from '../service/languageService';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';

/** `textDocument/definition` (see service/definition.ts). */
export function registerDefinition(ctx: ServerContext, service: LanguageService): void {
  ctx.connection.onDefinition(guard(ctx, 'textDocument/definition', null, (params, token) => {
    const document = ctx.documents.get(params.textDocument.uri);
    return document ? service.answer(() => service.getDefinition(document, params.position, token)) : null;
  }));
}
