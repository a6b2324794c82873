import { CodeActionKind, TextDocumentSyncKind, type InitializeParams, type ServerCapabilities } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { defaultCacheDir } from '../core/index/indexCache';
import { serverCommands } from '../protocol';
import type { WorkspaceFolder } from '../service/workspace';
import { parseInitializationOptions, type SettingProblem } from '../settings';

/** What the client said about itself in `initialize`, read once. */
export interface ClientSetup {
  /** The workspace folders (`workspaceFolders`, else `rootUri`): each has its own settings and corpus. */
  readonly folders: readonly WorkspaceFolder[];
  /** The client tells of folders added and removed (`workspace/didChangeWorkspaceFolders`). */
  readonly followsFolders: boolean;
  /** The client opens the settings editor on `grounded/openSettings` (the VS Code client does). */
  readonly opensSettings: boolean;
  readonly bundledCorpus: string;
  /**
   * Where the index cache is kept: `initializationOptions.cacheDir`, else the editor's storage folder, else the
   * CLI's folder (see defaultCacheDir); undefined when the client asked for no cache (`cacheDir: false`).
   */
  readonly cacheDir?: string;
  readonly untrusted: boolean;
  /** `initializationOptions.corpusPaths`, for clients without `workspace/configuration`. */
  readonly corpusPaths?: readonly string[];
  /** `initializationOptions.corpusDatabase` and `corpusDatabaseReplica`, for the same clients. */
  readonly corpusDatabase?: { database: string; replica?: string };
  /** The client answers `workspace/configuration`. */
  readonly supportsPull: boolean;
  /** The client can watch files we name (dynamic `didChangeWatchedFiles` with relative patterns). */
  readonly canWatchFiles: boolean;
  /** Whether the client takes versioned document edits (`workspace.workspaceEdit.documentChanges`): a quick fix then names the version it was made for, and a client that checks versions (Neovim; VS Code's client ignores them) refuses it once the draft changed. */
  readonly versionedEdits: boolean;
  /** Invalid initialization options, left out. */
  readonly problems: readonly SettingProblem[];
}

/** The setup before `initialize`: the bundled corpus next to the server, nothing else. */
export function defaultSetup(bundledCorpus: string): ClientSetup {
  return { folders: [], followsFolders: false, opensSettings: false, bundledCorpus, cacheDir: defaultCacheDir(), untrusted: false, supportsPull: false, canWatchFiles: false, versionedEdits: false, problems: [] };
}

/** Reads `initialize` (initialization options validated with zod). */
export function readInitialize(params: InitializeParams, bundledCorpus: string): ClientSetup {
  const { options, problems } = parseInitializationOptions(params.initializationOptions);
  const watched = params.capabilities.workspace?.didChangeWatchedFiles;
  return {
    folders: foldersOf(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : [])),
    followsFolders: params.capabilities.workspace?.workspaceFolders === true,
    opensSettings: options.openSettings === true,
    bundledCorpus: options.bundledCorpus ?? bundledCorpus,
    cacheDir: options.cacheDir === false ? undefined : (options.cacheDir ?? options.storagePath ?? defaultCacheDir()),
    untrusted: options.untrusted === true,
    corpusPaths: options.corpusPaths,
    corpusDatabase: options.corpusDatabase ? { database: options.corpusDatabase, replica: options.corpusDatabaseReplica } : undefined,
    supportsPull: params.capabilities.workspace?.configuration === true,
    canWatchFiles: watched?.dynamicRegistration === true && watched.relativePatternSupport === true,
    versionedEdits: params.capabilities.workspace?.workspaceEdit?.documentChanges === true,
    problems,
  };
}

/** Workspace folders as the workspace keeps them: URI and path (folders of other schemes are left out). */
export function foldersOf(folders: readonly { uri: string }[]): WorkspaceFolder[] {
  return folders.flatMap(({ uri }) => (uri.startsWith('file:') ? [{ uri, path: URI.parse(uri).fsPath }] : []));
}

/** What the server offers. */
export const serverCapabilities: ServerCapabilities = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
  hoverProvider: true,
  definitionProvider: true,
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
  inlayHintProvider: true,
  workspaceSymbolProvider: true,
  referencesProvider: true,
  documentSymbolProvider: true,
  completionProvider: { triggerCharacters: [' ', '@'], resolveProvider: true },
  executeCommandProvider: { commands: Object.values(serverCommands) },
  workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
};
