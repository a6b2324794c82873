import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { corpusFileGlob, curatedFileGlob, statusNotification, type RequestSpec, type StatusParams } from '../../server/src/protocol';
import type { InitializationOptions } from '../../server/src/settings';

/** The Grounded language client, not yet started. Watchers it needs are added to `context.subscriptions`. */
export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const watchers = [
    vscode.workspace.createFileSystemWatcher(corpusFileGlob),
    vscode.workspace.createFileSystemWatcher(`**/${curatedFileGlob}`),
  ];
  context.subscriptions.push(...watchers);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { fileEvents: watchers },
    // A function, so a restart after the user grants trust sends the new value.
    initializationOptions: (): InitializationOptions => ({
      storagePath: context.storageUri?.fsPath ?? context.globalStorageUri.fsPath,
      bundledCorpus: context.asAbsolutePath('corpus'),
      untrusted: !vscode.workspace.isTrusted,
      openSettings: true,
    }),
    outputChannel,
  };
  return new LanguageClient('grounded', 'Grounded', serverOptions, clientOptions);
}

/**
 * The server's `grounded/status` notifications as an event. The client keeps one handler per method,
 * so everything that wants the status listens here instead of calling `client.onNotification` itself.
 */
export function statusEvents(client: LanguageClient): vscode.EventEmitter<StatusParams> {
  const emitter = new vscode.EventEmitter<StatusParams>();
  client.onNotification(statusNotification.method, (status: StatusParams) => emitter.fire(status));
  return emitter;
}

/**
 * Resolves at the first status saying the corpus is fully ready: `ready` with its entities (a first `ready` with
 * `entitiesPending` says only that searches work; hovers on names wait for the entities).
 */
export function firstReady(onStatus: vscode.Event<StatusParams>): Promise<void> {
  return new Promise((resolve) => {
    const listener = onStatus((status) => {
      if (status.state !== 'ready' || status.entitiesPending) return;
      listener.dispose();
      resolve();
    });
  });
}

/** Sends a custom request of protocol.ts (all are without parameters). */
export function sendRequest<R>(client: LanguageClient, spec: RequestSpec<R>, token?: vscode.CancellationToken): Promise<R> {
  return client.sendRequest<R>(spec.method, token);
}
