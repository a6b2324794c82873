import * as vscode from 'vscode';
import { ExecuteCommandRequest, RequestType0, type LanguageClient } from 'vscode-languageclient/node';
import { reindexRequest } from '../../server/src/protocol';

type Command = (...args: unknown[]) => unknown;

const reindexType = new RequestType0<unknown, void>(reindexRequest);

function reindex(client: LanguageClient): Command {
  return () =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Grounded: re-indexing corpus…', cancellable: true },
      async (_progress, token) => {
        try {
          await client.sendRequest(reindexType, token);
        } catch (error) {
          if (token.isCancellationRequested) return;
          const message = error instanceof Error ? error.message : String(error);
          void vscode.window.showErrorMessage(`Grounded: re-indexing failed: ${message}`);
        }
      },
    );
}

function insertBibliography(client: LanguageClient): Command {
  return async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage('Grounded: open a Markdown draft to insert its bibliography.');
      return;
    }
    const result = (await client.sendRequest(ExecuteCommandRequest.type, {
      command: 'grounded.server.insertBibliography',
      arguments: [editor.document.uri.toString()],
    })) as { applied: boolean; reason?: string } | null;
    if (result && !result.applied && result.reason) void vscode.window.showInformationMessage(`Grounded: ${result.reason}.`);
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

/** Registers the `grounded.*` commands that need only the client (the Entities view registers its own). */
export function registerCommands(client: LanguageClient, outputChannel: vscode.OutputChannel): vscode.Disposable[] {
  const commands: Record<string, Command> = {
    'grounded.reindex': reindex(client),
    'grounded.showOutput': showOutput(outputChannel),
    'grounded.insertBibliography': insertBibliography(client),
    'grounded.markCheckedInWorkspace': markCheckedInWorkspace(),
  };
  return Object.entries(commands).map(([id, command]) => vscode.commands.registerCommand(id, command));
}
