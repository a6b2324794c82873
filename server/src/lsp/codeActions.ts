import type { CodeAction } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../service/languageService';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';

/**
 * `textDocument/codeAction` (see service/codeActions.ts). For a client that takes versioned edits (`versionedEdits`),
 * each edit names the draft's version it was made for (`documentChanges`), so that the client refuses a fix applied
 * after the draft changed again instead of writing it at stale positions.
 */
export function registerCodeActions(ctx: ServerContext, service: LanguageService, versionedEdits: () => boolean = () => false): void {
  ctx.connection.onCodeAction(guard(ctx, 'textDocument/codeAction', [], async (params, token) => {
    const document = ctx.documents.get(params.textDocument.uri);
    if (!document) return [];
    const actions = await service.answer(() => service.getCodeActions(document, params.range, params.context.diagnostics, token));
    return versionedEdits() ? actions.map((action) => versioned(action, document)) : actions;
  }));
}

/** An action whose edit of `document` is written as a `TextDocumentEdit` of its version (other documents' edits as they are). */
function versioned(action: CodeAction, document: TextDocument): CodeAction {
  const edits = action.edit?.changes?.[document.uri];
  if (!action.edit?.changes || !edits || Object.keys(action.edit.changes).length !== 1) return action;
  return { ...action, edit: { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] } };
}
