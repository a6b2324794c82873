import type { LanguageService } from '../service/languageService';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';

/** `textDocument/inlayHint` (see service/inlayHints.ts). */
export function registerInlayHints(ctx: ServerContext, service: LanguageService): void {
  ctx.connection.languages.inlayHint.on(guard(ctx, 'textDocument/inlayHint', [], async (params, token) => {
    const document = ctx.documents.get(params.textDocument.uri);
    return document ? service.answer(() => service.getInlayHints(document, params.range, token)) : [];
  }));
}
