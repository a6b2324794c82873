import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCommands, registerOpenSettings } from './commands';
import { registerEntitiesView } from './entitiesView';
import { createLanguageClient, firstReady, statusEvents } from './languageClient';
import { registerSourceDocuments } from './sourceDocuments';
import { registerStatusBar } from './statusBar';

/** What `activate` returns, for end-to-end tests. */
export interface GroundedApi {
  client: LanguageClient;
  /** Resolves at the server's first `grounded/status` with state `ready`; rejects if the client fails to start. */
  ready: Promise<void>;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): GroundedApi {
  const outputChannel = vscode.window.createOutputChannel('Grounded', { log: true });
  client = createLanguageClient(context, outputChannel);
  const status = statusEvents(client);
  context.subscriptions.push(
    outputChannel,
    status,
    registerStatusBar(client, status.event),
    registerEntitiesView(client, status.event, outputChannel),
    ...registerCommands(client, outputChannel),
    registerOpenSettings(client),
    registerSourceDocuments(client),
    // Workspace corpus paths are ignored while untrusted; restart so the server reads them.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.restart()),
  );

  const ready = Promise.all([client.start(), firstReady(status.event)]).then(() => undefined);
  ready.catch((error) => outputChannel.error(vscode.l10n.t('Grounded: the language server failed to start'), error));
  return { client, ready };
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
