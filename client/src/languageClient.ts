import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type HandlerResult, type LanguageClientOptions, type ResponseError, type ServerOptions } from 'vscode-languageclient/node';
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
    middleware: { workspace: { configuration: (params, token, next) => withUnsetPathsLeftOut(params.items, next(params, token)) } },
  };
  return new LanguageClient('grounded', 'Grounded', serverOptions, clientOptions);
}

/**
 * The `grounded` sections of a `workspace/configuration` answer, without `corpus.paths` where the writer set it
 * nowhere (user, workspace, folder): VS Code answers its default, an empty list, for a setting not set, but for
 * the server an empty list is the writer's choice of no corpus, and a setting not set means the bundled sample.
 */
async function withUnsetPathsLeftOut<E>(items: readonly { scopeUri?: string; section?: string }[], answer: HandlerResult<unknown[], E>): Promise<unknown[] | ResponseError<E>> {
  const sections = await answer;
  if (!Array.isArray(sections)) return sections;
  return sections.map((section: unknown, i) => {
    const item = items[i];
    if (item?.section !== 'grounded' || typeof section !== 'object' || section === null) return section;
    const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
    const set = vscode.workspace.getConfiguration('grounded', scope).inspect('corpus.paths');
    if (set && [set.globalValue, set.workspaceValue, set.workspaceFolderValue].some((value) => value !== undefined)) return section;
    const { corpus, ...rest } = section as { corpus?: Record<string, unknown> };
    if (!corpus) return section;
    const { paths: _unset, ...others } = corpus;
    return { ...rest, corpus: others };
  });
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
