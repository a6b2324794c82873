import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EntityIndex } from '../core/entities/entityIndex';
import type { CorpusReader } from '../core/backend/corpusReader';
import { parseMarkdown, type ParsedMarkdown } from '../core/markdown/parseMarkdown';
import type { Settings } from '../settings';
import type { DraftChecker } from './drafts';

/** The corpus as the language service reads it: the index and entities in use (see CorpusSession). */
export interface CorpusView {
  readonly index: CorpusReader;
  /** The corpus entities, never computed on the request path (the last extraction's while a new one runs). */
  entities(): EntityIndex;
  /** Whether there is an index to answer from. */
  readonly searchable: boolean;
  /** Whether a file lies in one of the corpus folders in use. */
  isInCorpus(filePath: string): boolean;
  /**
   * Checks the files of these corpus documents against what was indexed (size and time) and indexes again those
   * that changed, before a request uses their stored text; true when any did (the index changed).
   */
  refreshFiles(paths: Iterable<string>): boolean;
}

/** A corpus file that changed on disk. */
export interface FileChange {
  path: string;
  type: 'created' | 'changed' | 'deleted';
}

/**
 * A corpus as a workspace drives it: built, rebuilt, told of file changes, let go when no folder uses it. One
 * per distinct corpus configuration (see service/workspace.ts). CorpusSession is the embedded backend (files on
 * disk, index in memory, cache on disk); another backend (a database) implements the same interface.
 */
export interface ManagedCorpus extends CorpusView {
  /** Absolute corpus roots in use. */
  readonly roots: string[];
  /** Builds the corpus anew; resolves when that build is done (never rejects). */
  rebuild(reason: string): Promise<void>;
  /** Resolves once the latest requested build has finished. */
  whenReady(): Promise<void>;
  /** Files changed on disk (from the client's watchers): those of this corpus are indexed again. */
  filesChanged(changes: readonly FileChange[]): Promise<void>;
  /** Stops building and lets go of the index; the corpus answers nothing after. */
  dispose(): void;
  /** The text of one of its sources that is no local file (see protocol.ts sourceScheme), by URI; undefined when not its. */
  sourceText?(uri: string): Promise<string | undefined>;
}

/** The open documents, by URI: LSP's `TextDocuments` or an in-memory map in tests. */
export interface DocumentStore {
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
}

/**
 * A request's cancellation, as LSP's `CancellationToken` gives it. Loops over documents, entities and
 * sentences look at it and stop with the empty answer.
 */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

/** A token that is never cancelled, for callers without one. */
export const notCancelled: Cancellation = { isCancellationRequested: false };

/** What every feature of the language service reads. */
export interface ServiceContext {
  readonly corpus: CorpusView;
  readonly documents: DocumentStore;
  settings(): Settings;
  /** The Markdown parse of an open document, cached per version. */
  parse(document: TextDocument): ParsedMarkdown;
  readonly drafts: DraftChecker;
}

/** The Markdown parses of open documents, one per document, kept while its version holds. */
export class ParseCache {
  private readonly parsed = new Map<string, { version: number; parsed: ParsedMarkdown }>();

  parse(document: TextDocument): ParsedMarkdown {
    const cached = this.parsed.get(document.uri);
    if (cached && cached.version === document.version) return cached.parsed;
    const parsed = parseMarkdown(document.getText());
    this.parsed.set(document.uri, { version: document.version, parsed });
    return parsed;
  }

  forget(uri: string): void {
    this.parsed.delete(uri);
  }
}
