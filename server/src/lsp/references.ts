import type { LanguageService } from '../service/languageService';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';

/** `textDocument/references` (see service/references.ts). */
export function registerReferences(ctx: ServerContext, service: LanguageService): void {
  ctx.connection.onReferences(guard(ctx, 'textDocument/references', null, (params, token) => {
    const document = ctx.documents.get(params.textDocument.uri);
    return document ? service.answer(() => service.getReferences(document, params.position, token)) : null;
  }));
}
