import * as path from 'node:path';
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { ConfigurationService } from './lsp/configuration';
import { ServerContext } from './lsp/context';
import { CorpusService } from './lsp/corpus';
import { registerDefinition } from './lsp/definition';
import { registerHover } from './lsp/hover';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const ctx = new ServerContext(connection, documents, path.resolve(__dirname, '..', 'corpus'));
const corpus = new CorpusService(ctx);
const configuration = new ConfigurationService(ctx, (previous) => {
  if (JSON.stringify(previous.corpusPaths) !== JSON.stringify(ctx.settings.corpusPaths)) void corpus.reindex('settings changed');
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
    },
    serverInfo: { name: 'grounded', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (configuration.supportsPull) await configuration.registerForChanges();
  await configuration.load();
  void corpus.reindex('startup');
});

documents.onDidClose((event) => ctx.forget(event.document.uri));

configuration.register();
corpus.register();
registerHover(ctx);
registerDefinition(ctx);

documents.listen(connection);
connection.listen();
