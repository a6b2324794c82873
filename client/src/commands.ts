import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { clientCommands, openSettingsNotification, reindexRequest, serverCommands, type InsertBibliographyResult, type OpenSettingsParams } from '../../server/src/protocol';
import { sendRequest } from './languageClient';

type Command = (...args: unknown[]) => unknown;

function reindex(client: LanguageClient): Command {
  return () =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Grounded: re-indexing corpus…'), cancellable: true },
      async (_progress, token) => {
        try {
          await sendRequest(client, reindexRequest, token);
        } catch (error) {
          if (token.isCancellationRequested) return;
          const message = error instanceof Error ? error.message : String(error);
          void vscode.window.showErrorMessage(vscode.l10n.t('Grounded: re-indexing failed: {0}', message));
        }
      },
    );
}

function insertBibliography(client: LanguageClient): Command {
  return async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Grounded: open a Markdown draft to insert its bibliography.'));
      return;
    }
    const result = (await client.sendRequest(ExecuteCommandRequest.type, {
      command: serverCommands.insertBibliography,
      arguments: [editor.document.uri.toString()],
    })) as InsertBibliographyResult | null;
    if (result && !result.applied && result.reason) void vscode.window.showInformationMessage(vscode.l10n.t('Grounded: {0}.', result.reason));
  };
}

function markCheckedInWorkspace(): (claim?: unknown) => Promise<void> {
  return async (claim?: unknown) => {
    if (typeof claim !== 'string' || claim.trim() === '') return;
    const config = vscode.workspace.getConfiguration('grounded');
    const current = config.get<string[]>('claims.checked') ?? [];
    if (current.includes(claim)) return;
    const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await config.update('claims.checked', [...current, claim], target);
  };
}

function showOutput(outputChannel: vscode.OutputChannel): Command {
  return () => outputChannel.show(true);
}

/**
 * Opens the settings editor on a setting when the server asks (`grounded/openSettings`: the writer chose
 * "Open Settings" in a notification about it).
 */
export function registerOpenSettings(client: LanguageClient): vscode.Disposable {
  return client.onNotification(openSettingsNotification.method, (params: OpenSettingsParams) => {
    void vscode.commands.executeCommand('workbench.action.openSettings', params.query);
  });
}

/** Registers the `grounded.*` commands that need only the client (the Entities view registers its own). */
export function registerCommands(client: LanguageClient, outputChannel: vscode.OutputChannel): vscode.Disposable[] {
  const commands: Record<string, Command> = {
    [clientCommands.reindex]: reindex(client),
    [clientCommands.showOutput]: showOutput(outputChannel),
    [clientCommands.insertBibliography]: insertBibliography(client),
    [clientCommands.markCheckedInWorkspace]: markCheckedInWorkspace(),
  };
  return Object.entries(commands).map(([id, command]) => vscode.commands.registerCommand(id, command));
}
