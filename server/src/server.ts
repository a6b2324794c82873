import * as path from 'node:path';
import { createConnection, ProposedFeatures, TextDocuments, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { registerCodeActions } from './lsp/codeActions';
import { connectionStrategy } from './lsp/cancellation';
import { registerCompletion } from './lsp/completion';
import { registerCommands } from './lsp/commands';
import { ConfigurationService, reportProblems } from './lsp/configuration';
import { ServerContext } from './lsp/context';
import { createServerCorpus } from './lsp/corpora';
import { registerDefinition } from './lsp/definition';
import { registerEntitiesRequest } from './lsp/entities';
import { DiagnosticsPublisher, PublishedDiagnostics } from './lsp/diagnostics';
import { registerHover } from './lsp/hover';
import { defaultSetup, foldersOf, readInitialize, serverCapabilities, type ClientSetup } from './lsp/initialize';
import { registerInlayHints } from './lsp/inlayHints';
import { useLocale } from './service/present/l10n';
import { SettingsNotifier } from './lsp/notifications';
import { registerReferences } from './lsp/references';
import { registerReindex } from './lsp/reindex';
import { registerSourceRequest } from './lsp/source';
import { StatusBoard } from './lsp/status';
import { registerSymbols } from './lsp/symbols';
import { registerEditorSaves, registerWatchedFiles } from './lsp/watchers';
import { corpusConfigOf, Workspace, type WorkspaceFolder } from './service/workspace';

const connection = createConnection(ProposedFeatures.all, connectionStrategy);
const documents = new TextDocuments(TextDocument);
const ctx = new ServerContext(connection, documents);
const bundledCorpus = path.resolve(__dirname, '..', 'corpus');
let client: ClientSetup = defaultSetup(bundledCorpus);
let folders: WorkspaceFolder[] = [];
const refreshInlayHints = () => void connection.languages.inlayHint.refresh().catch(() => undefined);

const notifier = new SettingsNotifier(ctx, () => client.opensSettings);
const published = new PublishedDiagnostics(ctx);
const statuses = new StatusBoard(ctx);
const configuration = new ConfigurationService(ctx, () => client, notifier);
const workspace = new Workspace({
  documents,
  corpusConfig: (settings, folder) => corpusConfigOf(settings, folder, client),
  createCorpus: (config) =>
    createServerCorpus(config, {
      ctx,
      published,
      statuses,
      notifier,
      canWatchFiles: () => client.canWatchFiles,
      workerFile: path.join(__dirname, 'indexWorker.js'),
      changed: (corpus) => {
        diagnostics.refresh((uri) => workspace.scopeOf(uri)?.corpus === corpus || workspace.isCorpusFile(uri));
        // Hints asked for before the index was ready (a draft open at startup) were computed without a corpus.
        refreshInlayHints();
      },
    }),
});
const diagnostics = new DiagnosticsPublisher(ctx, workspace.service, published);

/**
 * Reads the settings of every folder and applies them: corpora made or let go, drafts of changed scopes checked
 * again. Resolves, once applied, with `built`: when the corpora they made are built.
 */
async function applySettings(reason: string, pushed?: unknown, everyDraft = false): Promise<{ built: Promise<void> }> {
  try {
    const change = workspace.configure(await configuration.load(folders, pushed), reason);
    diagnostics.refresh((uri) => everyDraft || change.changed.some((scope) => workspace.scopeOf(uri) === scope) || workspace.isCorpusFile(uri));
    if (change.changed.length > 0) refreshInlayHints();
    return { built: change.built };
  } catch (error) {
    ctx.error(`Applying the settings (${reason}) failed: ${error instanceof Error ? error.stack : String(error)}`);
    return { built: Promise.resolve() };
  }
}

connection.onInitialize((params): InitializeResult => {
  client = readInitialize(params, bundledCorpus);
  useLocale(params.locale, path.resolve(__dirname, '..', 'l10n'));
  folders = [...client.folders];
  return { capabilities: serverCapabilities, serverInfo: { name: 'grounded', version: '0.1.0' } };
});

connection.onInitialized(async () => {
  reportProblems(notifier, client.problems);
  if (client.supportsPull) await configuration.registerForChanges();
  if (client.followsFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((folder) => folder.uri));
      folders = [...folders.filter((folder) => !removed.has(folder.uri)), ...foldersOf(event.added)];
      void applySettings('workspace folders changed', undefined, true);
    });
  }
  const { built } = await applySettings('startup');
  void built.then(() => configuration.adviseOnCorpus());
});

configuration.register(async (pushed) => {
  await applySettings('settings changed', pushed);
});
registerReindex(ctx, workspace);
registerSourceRequest(ctx, workspace);
registerWatchedFiles(ctx, workspace);
registerEditorSaves(ctx, workspace);
diagnostics.register();
registerHover(ctx, workspace.service);
registerDefinition(ctx, workspace.service);
registerCodeActions(ctx, workspace.service, () => client.versionedEdits);
registerInlayHints(ctx, workspace.service);
registerCommands(ctx, workspace.service);
registerSymbols(ctx, workspace.service);
registerReferences(ctx, workspace.service);
registerEntitiesRequest(ctx, workspace.service);
registerCompletion(ctx, workspace.service);

documents.listen(connection);
connection.listen();
