import * as path from 'node:path';
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, CodeActionKind, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { registerCodeActions } from './lsp/codeActions';
import { registerCompletion } from './lsp/completion';
import { registerCommands, serverCommands } from './lsp/commands';
import { ConfigurationService } from './lsp/configuration';
import { ServerContext } from './lsp/context';
import { CorpusProblemsPublisher } from './lsp/corpusProblems';
import { registerDefinition } from './lsp/definition';
import { registerEntitiesRequest } from './lsp/entities';
import { DiagnosticsPublisher } from './lsp/diagnostics';
import { registerHover } from './lsp/hover';
import { registerInlayHints } from './lsp/inlayHints';
import { registerReferences } from './lsp/references';
import { registerReindex } from './lsp/reindex';
import { beginBuildProgress, sendStatus } from './lsp/status';
import { registerSymbols } from './lsp/symbols';
import { CorpusWatchers, registerWatchedFiles } from './lsp/watchers';
import { WorkerThreadRunner } from './service/buildRunner';
import { CorpusSession } from './service/corpusSession';
import { createLanguageService } from './service/languageService';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const ctx = new ServerContext(connection, documents, path.resolve(__dirname, '..', 'corpus'));
const problems = new CorpusProblemsPublisher(ctx);
const watchers = new CorpusWatchers(ctx);
const session = new CorpusSession({
  config: () => ({
    paths: ctx.untrusted ? [] : ctx.settings.corpusPaths,
    baseDir: ctx.workspaceRoot ?? process.cwd(),
    bundledCorpus: ctx.bundledCorpus,
    cacheDir: ctx.cacheDir,
  }),
  runner: new WorkerThreadRunner(path.join(__dirname, 'indexWorker.js'), (message) => ctx.log(message)),
  live: true,
  hooks: {
    log: (message) => ctx.log(message),
    error: (message) => ctx.error(message),
    status: (status) => sendStatus(ctx, status),
    problems: (list) => problems.publish(list),
    progress: () => beginBuildProgress(ctx),
    built: (roots) => watchers.watch(roots),
    changed: () => {
      diagnostics.refreshAll();
      // Hints asked for before the index was ready (a draft open at startup) were computed without a corpus.
      void connection.languages.inlayHint.refresh().catch(() => undefined);
    },
  },
});
const service = createLanguageService({ corpus: session, documents, settings: () => ctx.settings });
const diagnostics = new DiagnosticsPublisher(ctx, service);
const configuration = new ConfigurationService(ctx, (previous) => {
  if (JSON.stringify(previous.corpusPaths) !== JSON.stringify(ctx.settings.corpusPaths)) void session.rebuild('settings changed');
  else diagnostics.refreshAll();
  if (previous.inlayHints !== ctx.settings.inlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
});

connection.onInitialize((params): InitializeResult => {
  const options = (params.initializationOptions ?? {}) as { bundledCorpus?: unknown; untrusted?: unknown; storagePath?: unknown };
  if (typeof options.bundledCorpus === 'string') ctx.bundledCorpus = options.bundledCorpus;
  if (typeof options.storagePath === 'string') ctx.storagePath = options.storagePath;
  ctx.untrusted = options.untrusted === true;
  configuration.setInitializationOptions(params.initializationOptions);
  const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  if (folder) ctx.workspaceRoot = URI.parse(folder).fsPath;
  const capabilities = params.capabilities;
  configuration.supportsPull = capabilities.workspace?.configuration === true;
  ctx.canWatchFiles =
    capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true &&
    capabilities.workspace.didChangeWatchedFiles.relativePatternSupport === true;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      inlayHintProvider: true,
      workspaceSymbolProvider: true,
      referencesProvider: true,
      documentSymbolProvider: true,
      completionProvider: { triggerCharacters: [' '], resolveProvider: true },
      executeCommandProvider: { commands: Object.values(serverCommands) },
    },
    serverInfo: { name: 'grounded', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (configuration.supportsPull) await configuration.registerForChanges();
  await configuration.load();
  void session.rebuild('startup');
});

configuration.register();
registerReindex(ctx, session);
registerWatchedFiles(ctx, session);
diagnostics.register();
registerHover(ctx, service);
registerDefinition(ctx, service);
registerCodeActions(ctx, service);
registerInlayHints(ctx, service);
registerCommands(ctx, service);
registerSymbols(ctx, service);
registerReferences(ctx, service);
registerEntitiesRequest(ctx, service);
registerCompletion(ctx, service);

documents.listen(connection);
connection.listen();
