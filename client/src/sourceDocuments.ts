import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { sourceRequest, sourceScheme, type SourceParams } from '../../server/src/protocol';

/**
 * Sources of a team corpus (a database) are no files here: go to source, evidence links and mentions point at
 * `grounded-source:` URIs, which open as read-only documents whose text the server gives (`grounded/source`).
 * VS Code then reveals the location's range in it, as for a file.
 */
export function registerSourceDocuments(client: LanguageClient): vscode.Disposable {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri, token) {
      const params: SourceParams = { uri: uri.with({ fragment: '' }).toString() };
      const text = await client.sendRequest<string | null>(sourceRequest.method, params, token);
      return text ?? vscode.l10n.t('This source is no longer in the corpus.');
    },
  };
  return vscode.workspace.registerTextDocumentContentProvider(sourceScheme, provider);
}
