import * as path from 'node:path';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CorpusIndex } from '../core/index/corpusIndex';
import { EntityIndex } from '../core/entities/entityIndex';
import { defaultSettings, type Settings } from '../settings';

/** What the server knows at run time, shared by the feature adapters. */
export class ServerContext {
  index = new CorpusIndex();
  settings: Settings = defaultSettings();
  /** Absolute corpus roots in use (the bundled corpus when settings give none). */
  corpusRoots: string[] = [];
  indexing = false;
  /** Whether there is an index to answer from: the first build is done, or a rebuild is running over the last. */
  get searchable(): boolean {
    return !this.indexing || this.index.documentCount > 0;
  }
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

  /** Entities of the last completed extraction, answered while a new one runs in the worker thread. */
  private lastEntities = new EntityIndex([]);

  /**
   * The corpus entities, never computed on the request path: the current ones when extracted, else the last
   * extraction's (a changed file's entities arrive when its extraction ends).
   */
  entities(): EntityIndex {
    if (this.index.hasEntities) this.lastEntities = this.index.entities();
    return this.lastEntities;
  }

  /** Whether a file lies in one of the corpus folders in use. */
  isInCorpus(filePath: string): boolean {
    return this.corpusRoots.some((root) => {
      const relative = path.relative(root, filePath);
      return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
    });
  }

  log(message: string): void {
    this.connection.console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
  }

  error(message: string): void {
    this.connection.console.error(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
  }
}
