import type { CompletionItem } from 'vscode-languageserver/node';
import type { LanguageService } from '../service/languageService';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';

/** `textDocument/completion` and `completionItem/resolve` (see service/completion.ts). */
export function registerCompletion(ctx: ServerContext, service: LanguageService): void {
  ctx.connection.onCompletion(guard(ctx, 'textDocument/completion', null, (params, token) => {
    const document = ctx.documents.get(params.textDocument.uri);
    return document ? service.answer(() => service.getCompletions(document, params.position, params.context, token)) : null;
  }));
  ctx.connection.onCompletionResolve(guard(ctx, 'completionItem/resolve', null as unknown as CompletionItem, (item, token) => service.answer(() => service.resolveCompletion(item, token))));
}
