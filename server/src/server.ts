import * as path from 'node:path';
import { createConnection, ProposedFeatures, TextDocuments, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { registerCodeActions } from './lsp/codeActions';
import { registerCompletion } from './lsp/completion';
import { registerCommands } from './lsp/commands';
import { ConfigurationService, reportProblems } from './lsp/configuration';
import { ServerContext } from './lsp/context';
import { CorpusProblemsPublisher } from './lsp/corpusProblems';
import { registerDefinition } from './lsp/definition';
import { registerEntitiesRequest } from './lsp/entities';
import { DiagnosticsPublisher } from './lsp/diagnostics';
import { registerHover } from './lsp/hover';
import { defaultSetup, readInitialize, serverCapabilities, type ClientSetup } from './lsp/initialize';
import { registerInlayHints } from './lsp/inlayHints';
import { useLocale } from './lsp/l10n';
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
const ctx = new ServerContext(connection, documents);
const bundledCorpus = path.resolve(__dirname, '..', 'corpus');
let client: ClientSetup = defaultSetup(bundledCorpus);
const refreshInlayHints = () => void connection.languages.inlayHint.refresh().catch(() => undefined);

const configuration = new ConfigurationService(ctx, () => client, (previous) => {
  const settings = configuration.settings;
  if (JSON.stringify(previous.corpus.paths) !== JSON.stringify(settings.corpus.paths)) void session.rebuild('settings changed');
  else diagnostics.refreshAll();
  if (previous.inlayHints.sources !== settings.inlayHints.sources) refreshInlayHints();
});
const problems = new CorpusProblemsPublisher(ctx);
const watchers = new CorpusWatchers(ctx, () => client.canWatchFiles);
const session = new CorpusSession({
  config: () => ({
    paths: client.untrusted ? [] : configuration.settings.corpus.paths,
    baseDir: client.workspaceRoot ?? process.cwd(),
    bundledCorpus: client.bundledCorpus,
    cacheDir: client.cacheDir,
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
      refreshInlayHints();
    },
  },
});
const service = createLanguageService({ corpus: session, documents, settings: () => configuration.settings });
const diagnostics = new DiagnosticsPublisher(ctx, service);

connection.onInitialize((params): InitializeResult => {
  client = readInitialize(params, bundledCorpus);
  useLocale(params.locale, path.resolve(__dirname, '..', 'l10n'));
  return { capabilities: serverCapabilities, serverInfo: { name: 'grounded', version: '0.1.0' } };
});

connection.onInitialized(async () => {
  reportProblems(ctx, client.problems);
  if (client.supportsPull) await configuration.registerForChanges();
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
