import type {
  CodeAction,
  CompletionItem,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  Hover,
  InlayHint,
  Location,
  Position,
  Range,
  WorkspaceEdit,
  WorkspaceSymbol,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { answer } from '../core/backend/corpusReader';
import type { EntitySummary } from '../protocol';
import type { Settings } from '../settings';
import { getBibliographyEdit } from './citations';
import { getCodeActions } from './codeActions';
import { getCompletions, resolveCompletion, type CompletionTrigger } from './completion';
import { notCancelled, ParseCache, type Cancellation, type CorpusView, type DocumentStore, type ServiceContext } from './context';
import { getDefinition } from './definition';
import { getDiagnostics } from './diagnostics';
import { DraftChecker } from './drafts';
import { getEntitySummaries } from './entities';
import { getHover } from './hover';
import { getInlayHints } from './inlayHints';
import { getReferences } from './references';
import { getDocumentSymbols, getWorkspaceSymbols } from './symbols';

/** What the host gives the language service: the corpus in use, the open documents, the settings in force. */
export interface LanguageServiceHost {
  corpus: CorpusView;
  documents: DocumentStore;
  settings(): Settings;
}

/**
 * Grounded's features as plain functions of documents and positions, returning LSP types as data: no
 * connection, no process. The server's adapters and the tests call the same object.
 */
export interface LanguageService {
  getHover(document: TextDocument, position: Position, token?: Cancellation): Hover | null;
  getDefinition(document: TextDocument, position: Position, token?: Cancellation): Location[] | null;
  getReferences(document: TextDocument, position: Position, token?: Cancellation): Location[] | null;
  getCompletions(document: TextDocument, position: Position, context?: CompletionTrigger, token?: Cancellation): CompletionList | null;
  resolveCompletion(item: CompletionItem, token?: Cancellation): CompletionItem;
  getCodeActions(document: TextDocument, range: Range, diagnostics: readonly Diagnostic[], token?: Cancellation): CodeAction[];
  getInlayHints(document: TextDocument, range: Range, token?: Cancellation): Promise<InlayHint[]>;
  getDocumentSymbols(uri: string, token?: Cancellation): DocumentSymbol[];
  getWorkspaceSymbols(query: string, token?: Cancellation): WorkspaceSymbol[];
  /** See {@link getDiagnostics}. */
  getDiagnostics(document: TextDocument, onPartial?: (diagnostics: Diagnostic[]) => void): Promise<Diagnostic[] | undefined>;
  getBibliographyEdit(document: TextDocument): { edit: WorkspaceEdit } | { reason: 'nothing-cited' };
  getEntitySummaries(token?: Cancellation): EntitySummary[];
  /** Whether a document is a corpus source rather than a draft (sources are not claim-checked). */
  isCorpusFile(document: TextDocument): boolean;
  /** Forget every draft result: the corpus or the settings changed. */
  invalidate(): void;
  /** Forget what is kept for a closed document. */
  forget(uri: string): void;
  /**
   * Runs a request against the corpus until it has read all it needs (see core/backend answer): a database
   * corpus fetches what each run missed; the embedded index answers on the first run. Every request of a front
   * end goes through it.
   */
  answer<T>(run: () => T | Promise<T>): Promise<T>;
}

/** Makes the language service over a host (see {@link LanguageServiceHost}). */
export function createLanguageService(host: LanguageServiceHost): LanguageService {
  const parses = new ParseCache();
  const base = { corpus: host.corpus, documents: host.documents, settings: () => host.settings(), parse: (document: TextDocument) => parses.parse(document) };
  const ctx: ServiceContext = { ...base, drafts: new DraftChecker(base) };
  return {
    getHover: (document, position, token = notCancelled) => getHover(ctx, document, position, token),
    getDefinition: (document, position, token = notCancelled) => getDefinition(ctx, document, position, token),
    getReferences: (document, position, token = notCancelled) => getReferences(ctx, document, position, token),
    getCompletions: (document, position, context, token = notCancelled) => getCompletions(ctx, document, position, context, token),
    resolveCompletion: (item, token = notCancelled) => resolveCompletion(ctx, item, token),
    getCodeActions: (document, range, diagnostics, token = notCancelled) => getCodeActions(ctx, document, range, diagnostics, token),
    getInlayHints: (document, range, token = notCancelled) => getInlayHints(ctx, document, range, token),
    getDocumentSymbols: (uri, token = notCancelled) => getDocumentSymbols(ctx, uri, token),
    getWorkspaceSymbols: (query, token = notCancelled) => getWorkspaceSymbols(ctx, query, token),
    getDiagnostics: (document, onPartial) => getDiagnostics(ctx, document, onPartial),
    getBibliographyEdit: (document) => getBibliographyEdit(ctx, document),
    getEntitySummaries: (token = notCancelled) => getEntitySummaries(ctx, token),
    isCorpusFile: (document) => ctx.drafts.isCorpusFile(document),
    invalidate: () => ctx.drafts.invalidate(),
    forget: (uri) => {
      parses.forget(uri);
      ctx.drafts.forget(uri);
    },
    answer: (run) => answer(() => [host.corpus.index], run),
  };
}
