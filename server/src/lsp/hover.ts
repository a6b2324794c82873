import type { LanguageService } from '../service/languageService';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';

/** `textDocument/hover` (see service/hover.ts). */
export function registerHover(ctx: ServerContext, service: LanguageService): void {
  ctx.connection.onHover(guard(ctx, 'textDocument/hover', null, (params, token) => {
    const document = ctx.documents.get(params.textDocument.uri);
    return document ? service.answer(() => service.getHover(document, params.position, token)) : null;
  }));
}
