/**
 * Everything the Grounded client and server say to each other beyond LSP: custom requests and notifications
 * as typed objects, command ids, and the corpus file patterns both watch. Imported by client/ and server/;
 * plain types and constants only (the client bundles it).
 */
export { corpusFileGlob, curatedFileGlob } from './core/corpus/patterns';

/** A custom request without parameters (all of Grounded's are): its method and, as a type only, its result. */
export interface RequestSpec<R> {
  readonly method: string;
  /** Never set: carries the type. */
  readonly types?: { result: R };
}

/** A custom notification: its method and, as a type only, its parameters. */
export interface NotificationSpec<P> {
  readonly method: string;
  /** Never set: carries the type. */
  readonly types?: { params: P };
}

/** The corpus's state: a build is running, the index answers, or the last build failed. */
export type CorpusState = 'indexing' | 'ready' | 'error';

/** Sent by the server whenever the corpus state changes. */
export interface StatusParams {
  state: CorpusState;
  /** Ready to search (claims, completion, go to source) while the entities are still being extracted. */
  entitiesPending?: boolean;
  documents: number;
  sentences: number;
  entities: number;
  /** Problems found in corpus files (malformed front matter, binary files, …). */
  problems: number;
  /** Folders the corpus was read from. */
  roots: string[];
  /** Human-readable detail, e.g. the error that stopped indexing. */
  message?: string;
  /** With an error the writer fixes in the settings: that setting's key (`grounded.corpus.paths`). */
  setting?: string;
}

/** `grounded/status`, server to client: the corpus state, at each change. */
export const statusNotification: NotificationSpec<StatusParams> = { method: 'grounded/status' };

/** What `grounded/openSettings` asks to show: the settings editor searched for `query` (a setting's key). */
export interface OpenSettingsParams {
  query: string;
}

/**
 * `grounded/openSettings`, server to client: the writer chose "Open Settings" in a notification about a setting.
 * Sent only to clients that said they handle it (`initializationOptions.openSettings`).
 */
export const openSettingsNotification: NotificationSpec<OpenSettingsParams> = { method: 'grounded/openSettings' };

/** `grounded/reindex`, client to server: rebuild the corpus index. Answers null when the new index is ready. */
export const reindexRequest: RequestSpec<null> = { method: 'grounded/reindex' };

/**
 * The URI scheme of sources that are no files of the writer's machine (a team corpus in a database):
 * `grounded-source://<database>/<document key>`. Locations (go to source, evidence, mentions) point there; a
 * client reads such a document with {@link sourceRequest} (VS Code: a read-only virtual document).
 */
export const sourceScheme = 'grounded-source';

/** What {@link sourceRequest} asks: a source's URI. */
export interface SourceParams {
  uri: string;
}

/** `grounded/source`, client to server: the text of a source by its URI (see {@link sourceScheme}); null when unknown. */
export const sourceRequest: RequestSpec<string | null> = { method: 'grounded/source' };

/** One entity as the Entities view shows it. */
export interface EntitySummary {
  id: string;
  name: string;
  kind: 'person' | 'organization' | 'product' | 'place' | 'acronym' | 'other';
  aliases: string[];
  mentions: number;
  documents: number;
  /** The defining phrase, plain text. */
  definition?: string;
  /** Where the definition is (or the first mention): what clicking the entity opens. */
  location?: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } };
}

/** `grounded/entities`, client to server: the corpus entities, for the Entities view. */
export const entitiesRequest: RequestSpec<EntitySummary[]> = { method: 'grounded/entities' };

/** Commands the server runs (`workspace/executeCommand`); the client wraps them to pass the active document. */
export const serverCommands = {
  /** Arguments: the draft's URI. Answers {@link InsertBibliographyResult}. */
  insertBibliography: 'grounded.server.insertBibliography',
} as const;

/** What `grounded.server.insertBibliography` answers. */
export interface InsertBibliographyResult {
  applied: boolean;
  /** Why nothing was applied (no draft, nothing cited, the client refused the edit). */
  reason?: string;
}

/** The client's commands, as package.json `contributes.commands` declares them (a unit test holds them equal). */
export const clientCommands = {
  reindex: 'grounded.reindex',
  showOutput: 'grounded.showOutput',
  insertBibliography: 'grounded.insertBibliography',
  /** Arguments: the claim's text. Sent by the server in a quick fix. */
  markCheckedInWorkspace: 'grounded.markCheckedInWorkspace',
  refreshEntities: 'grounded.entities.refresh',
  filterEntities: 'grounded.entities.filter',
  clearEntitiesFilter: 'grounded.entities.clearFilter',
} as const;
