import type { LanguageService } from '../service/languageService';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';

/** `textDocument/codeAction` (see service/codeActions.ts). */
export function registerCodeActions(ctx: ServerContext, service: LanguageService): void {
  ctx.connection.onCodeAction(guard(ctx, 'textDocument/codeAction', [], (params, token) => {
    const document = ctx.documents.get(params.textDocument.uri);
    return document ? service.answer(() => service.getCodeActions(document, params.range, params.context.diagnostics, token)) : [];
  }));
}
