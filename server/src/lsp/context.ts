import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultSettings, type Settings } from '../settings';

/** What the server knows at run time, shared by the feature adapters. */
export class ServerContext {
  settings: Settings = defaultSettings();
  workspaceRoot: string | undefined;
  bundledCorpus: string;
  untrusted = false;
  storagePath: string | undefined;
  /** Where the index cache is kept: the editor's storage folder for the extension, else GROUNDED_CACHE_DIR; none without either. */
  get cacheDir(): string | undefined {
    return this.storagePath ?? process.env.GROUNDED_CACHE_DIR;
  }
  /** The client can watch files we name (dynamic `didChangeWatchedFiles` with relative patterns). */
  canWatchFiles = false;

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    bundledCorpus: string,
  ) {
    this.bundledCorpus = bundledCorpus;
  }

  log(message: string): void {
    this.connection.console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
  }

  error(message: string): void {
    this.connection.console.error(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
  }
}
