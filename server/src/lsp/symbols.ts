import type { LanguageService } from '../service/languageService';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';

/** `textDocument/documentSymbol` and `workspace/symbol` (see service/symbols.ts). */
export function registerSymbols(ctx: ServerContext, service: LanguageService): void {
  ctx.connection.onDocumentSymbol(guard(ctx, 'textDocument/documentSymbol', [], (params, token) => service.answer(() => service.getDocumentSymbols(params.textDocument.uri, token))));
  ctx.connection.onWorkspaceSymbol(guard(ctx, 'workspace/symbol', [], (params, token) => service.answer(() => service.getWorkspaceSymbols(params.query, token))));
}
