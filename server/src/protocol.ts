/** Custom messages between the Grounded client and server (beyond LSP). Plain types and names only. */

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
}

export const statusNotification = 'grounded/status';

/** Request from the client: rebuild the corpus index. Resolves when the new index is ready. */
export const reindexRequest = 'grounded/reindex';

/** Request from the client: the corpus entities, for the Entities view. No parameters. */
export const entitiesRequest = 'grounded/entities';

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
