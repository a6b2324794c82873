import * as path from 'node:path';
import type { CompletionItem } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import { answer } from '../core/backend/corpusReader';
import type { StatusParams } from '../protocol';
import type { Settings } from '../settings';
import type { DocumentStore, FileChange, ManagedCorpus } from './context';
import { CorpusSession, type CorpusConfig } from './corpusSession';
import { createLanguageService, type LanguageService } from './languageService';

/** A workspace folder: its URI as the client names it, and its path on disk. */
export interface WorkspaceFolder {
  uri: string;
  path: string;
}

/** The settings of each workspace folder, and those of documents outside every folder. */
export interface WorkspaceSettings {
  folders: readonly { folder: WorkspaceFolder; settings: Settings }[];
  /** The settings without a scope: for untitled drafts and files outside every folder. */
  outside: Settings;
}

/** What the workspace needs from its front end (the server; tests). */
export interface WorkspaceHost {
  documents: DocumentStore;
  /** The corpus a scope's settings name (relative paths against its folder, else the first folder). */
  corpusConfig(settings: Settings, folder: WorkspaceFolder | undefined): CorpusConfig;
  /** Makes the corpus of a configuration, not yet built. The workspace builds it, and disposes of it when unused. */
  createCorpus(config: CorpusConfig): ManagedCorpus;
}

/**
 * Where a document belongs: a workspace folder (or the outside of every folder), with that folder's settings,
 * the corpus they name and the language service over both.
 */
export interface Scope {
  /** Undefined for the scope of documents outside every folder. */
  readonly folder?: WorkspaceFolder;
  readonly settings: Settings;
  /** The key of its corpus configuration (see {@link corpusKey}). */
  readonly key: string;
  readonly config: CorpusConfig;
  /** Undefined until first needed, for the outside scope when its corpus is no folder's (see {@link Workspace.scopeOf}). */
  corpus?: ManagedCorpus;
  service?: LanguageService;
}

/** What {@link Workspace.configure} changed. */
export interface WorkspaceChange {
  /** Corpora made for this configuration: being built. */
  created: ManagedCorpus[];
  /** Scopes with a new service (their settings or their corpus changed): their drafts are to be checked again. */
  changed: Scope[];
  /** Resolves when the corpora made for this configuration are built. */
  built: Promise<void>;
}

/** What the front end knows, besides a scope's settings, that decides the scope's corpus. */
export interface CorpusDefaults {
  /** The sample corpus shipped with Grounded. */
  bundledCorpus: string;
  /** Where index caches are kept; undefined: none. */
  cacheDir?: string;
  /** The workspace is not trusted: only the bundled corpus is read. */
  untrusted: boolean;
  /** `initializationOptions.corpusPaths`, for clients without `workspace/configuration`. */
  corpusPaths?: readonly string[];
  /** `initializationOptions.corpusDatabase` and `corpusDatabaseReplica`, for the same clients. */
  corpusDatabase?: { database: string; replica?: string };
}

/**
 * The corpus a scope's settings name: `grounded.corpus.database` when set; else `grounded.corpus.paths` when
 * set and not empty; else the client's `initializationOptions.corpusDatabase` or `corpusPaths`; else the bundled
 * sample corpus (an empty list of paths is the same as none, as the protocol's contract says). Relative paths are
 * resolved against the scope's folder (else the current directory). An untrusted workspace reads only the
 * bundled corpus. `setting` names where the paths came from, for messages about them.
 */
export function corpusConfigOf(settings: Settings, folder: WorkspaceFolder | undefined, defaults: CorpusDefaults): CorpusConfig {
  const base = { baseDir: folder?.path ?? process.cwd(), cacheDir: defaults.cacheDir };
  if (defaults.untrusted) return { ...base, paths: [], bundledCorpus: defaults.bundledCorpus };
  // An empty list is the same as none, as the protocol's contract says (DESIGN.md: "empty means the bundled
  // corpus"): clients send [] for a setting not set.
  const fromSettings = settings.corpus.paths?.length ? settings.corpus.paths : undefined;
  // The client's initialization options name the database only when the settings name no corpus at all.
  const initial = !settings.corpus.database && fromSettings === undefined ? defaults.corpusDatabase : undefined;
  const database = settings.corpus.database || initial?.database || undefined;
  const databaseReplica = (settings.corpus.database ? settings.corpus.databaseReplica : initial?.replica) || undefined;
  const given = fromSettings ?? (defaults.corpusPaths?.length ? defaults.corpusPaths : undefined);
  return {
    ...base,
    paths: given ?? [],
    ...(given === undefined ? { bundledCorpus: defaults.bundledCorpus } : { setting: fromSettings ? 'grounded.corpus.paths' : 'initializationOptions.corpusPaths' }),
    ...(database ? { database } : {}),
    ...(databaseReplica ? { databaseReplica } : {}),
  };
}

/**
 * The key of a corpus configuration: two scopes whose configurations have the same key share one corpus (one
 * index, one build, one cache). The corpus roots (resolved, sorted) and the cache folder; for a database corpus,
 * its URI and its replica's.
 */
export function corpusKey(config: CorpusConfig): string {
  if (config.database) return JSON.stringify({ database: config.database, replica: config.databaseReplica ?? null });
  return JSON.stringify({ roots: [...CorpusSession.rootsOf(config)].sort(), cacheDir: config.cacheDir ?? null });
}

/**
 * The workspace as the language service sees it: its folders, each with its own settings (asked per
 * `scopeUri`), the corpus those settings name, and a language service over both. Scopes whose settings name the
 * same corpus share it: one index per distinct corpus configuration. A corpus no scope uses any more is disposed
 * of. Documents outside every folder (untitled drafts) use the settings without a scope; their corpus is made
 * when such a document first needs it, unless a folder already uses the same.
 *
 * {@link service} is one LanguageService for the whole workspace: each document's requests go to its scope's
 * service; workspace-wide ones (symbols, the Entities view) gather every corpus's answers.
 */
export class Workspace {
  private folderScopes: Scope[] = [];
  private outsideScope: Scope | undefined;
  private readonly corpora = new Map<string, ManagedCorpus>();
  /** The workspace's LanguageService: see {@link Workspace}. */
  readonly service: LanguageService;

  constructor(private readonly host: WorkspaceHost) {
    this.service = this.router();
  }

  /** Every scope: the folders' (in the client's order), then the outside one. */
  scopes(): Scope[] {
    return this.outsideScope ? [...this.folderScopes, this.outsideScope] : [...this.folderScopes];
  }

  /** The corpora in use, one per distinct configuration. */
  corporaInUse(): ManagedCorpus[] {
    return [...this.corpora.values()];
  }

  /**
   * Applies the folders and their settings: each scope's corpus key, a corpus made for each new key (and built),
   * corpora no scope uses disposed of, the services of scopes whose settings changed made anew.
   */
  configure(next: WorkspaceSettings, reason: string): WorkspaceChange {
    const previous = new Map(this.scopes().map((scope) => [scope.folder?.uri, scope]));
    const change: WorkspaceChange = { created: [], changed: [], built: Promise.resolve() };
    const firstFolder = next.folders[0]?.folder;
    const scopeOf = (folder: WorkspaceFolder | undefined, settings: Settings): Scope => {
      const config = this.host.corpusConfig(settings, folder ?? firstFolder);
      const scope: Scope = { folder, settings, key: corpusKey(config), config };
      const before = previous.get(folder?.uri);
      // Same corpus and settings: the same service, with the checks it keeps.
      if (before?.key === scope.key && before.corpus && JSON.stringify(before.settings) === JSON.stringify(settings)) {
        scope.corpus = before.corpus;
        scope.service = before.service;
      }
      return scope;
    };
    this.folderScopes = next.folders.map(({ folder, settings }) => scopeOf(folder, settings));
    const outside = scopeOf(undefined, next.outside);
    this.outsideScope = outside;
    const needed = new Set(this.folderScopes.map((s) => s.key));
    // The outside scope's corpus is made now only when it is needed anyway: no folder, a folder's, or an open draft outside.
    if (this.folderScopes.length === 0 || needed.has(outside.key) || outside.corpus || this.hasOpenOutside()) needed.add(outside.key);
    for (const [key, corpus] of this.corpora) {
      if (needed.has(key)) continue;
      this.corpora.delete(key);
      corpus.dispose();
    }
    const builds: Promise<void>[] = [];
    for (const scope of this.scopes()) {
      if (!needed.has(scope.key)) {
        scope.corpus = undefined;
        scope.service = undefined;
        continue;
      }
      const service = scope.service;
      this.attach(scope, (corpus) => {
        change.created.push(corpus);
        builds.push(corpus.rebuild(reason));
      });
      if (scope.service !== service) change.changed.push(scope);
    }
    change.built = Promise.all(builds).then(() => undefined);
    return change;
  }

  /**
   * The scope of a document: the innermost workspace folder holding it, else the outside scope (whose corpus is
   * made and built on first use if no folder shares it). Before the first {@link configure}: undefined.
   */
  scopeOf(uri: string): Scope | undefined {
    const folder = this.folderOf(uri);
    const scope = folder ? this.folderScopes.find((s) => s.folder === folder) : this.outsideScope;
    if (scope && !scope.corpus) this.attach(scope, (corpus) => void corpus.rebuild('a draft outside the workspace folders'));
    return scope;
  }

  /** The scopes whose drafts use a corpus. */
  scopesOf(corpus: ManagedCorpus): Scope[] {
    return this.scopes().filter((scope) => scope.corpus === corpus);
  }

  /** Whether a file belongs to a corpus in use: sources are never checked as drafts, whichever folder holds them. */
  isCorpusFile(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    const filePath = URI.parse(uri).fsPath;
    return this.corporaInUse().some((corpus) => corpus.isInCorpus(filePath));
  }

  /** Tells every corpus of changed files (each ignores those outside it). */
  async filesChanged(changes: readonly FileChange[]): Promise<void> {
    await Promise.all(this.corporaInUse().map((corpus) => corpus.filesChanged(changes)));
  }

  /** Checks these files against each corpus in use that indexed them (see CorpusView.refreshFiles). */
  refreshFiles(paths: readonly string[]): void {
    for (const corpus of this.corporaInUse()) corpus.refreshFiles(paths);
  }

  /** The text of a source that is no local file (a database corpus's), by URI; undefined when no corpus has it. */
  async sourceText(uri: string): Promise<string | undefined> {
    for (const corpus of this.corporaInUse()) {
      const text = await corpus.sourceText?.(uri);
      if (text !== undefined) return text;
    }
    return undefined;
  }

  /** Rebuilds every corpus in use; resolves when all are built. */
  async rebuild(reason: string): Promise<void> {
    await Promise.all(this.corporaInUse().map((corpus) => corpus.rebuild(reason)));
  }

  /** Gives a scope its corpus (the one of its key, made if none) and a service over it and its settings. */
  private attach(scope: Scope, made: (corpus: ManagedCorpus) => void): void {
    let corpus = this.corpora.get(scope.key);
    if (!corpus) {
      corpus = this.host.createCorpus(scope.config);
      this.corpora.set(scope.key, corpus);
      made(corpus);
    }
    if (scope.corpus !== corpus || !scope.service) {
      scope.corpus = corpus;
      scope.service = createLanguageService({ corpus, documents: this.host.documents, settings: () => scope.settings });
    }
  }

  /** The innermost folder holding a file URI; undefined for other schemes and files outside every folder. */
  private folderOf(uri: string): WorkspaceFolder | undefined {
    if (!uri.startsWith('file:')) return undefined;
    const filePath = URI.parse(uri).fsPath;
    let best: WorkspaceFolder | undefined;
    for (const { folder } of this.folderScopes) {
      if (!folder || !isInside(folder.path, filePath)) continue;
      if (!best || folder.path.length > best.path.length) best = folder;
    }
    return best;
  }

  private hasOpenOutside(): boolean {
    return this.host.documents.all().some((document) => !this.folderOf(document.uri));
  }

  /** The scopes' services behind one LanguageService (see {@link Workspace}). */
  private router(): LanguageService {
    const of = (uri: string) => this.scopeOf(uri)?.service;
    /** One service per corpus in use, for workspace-wide requests. */
    const perCorpus = () => {
      const seen = new Set<ManagedCorpus>();
      return this.scopes().flatMap((scope) => (scope.corpus && scope.service && !seen.has(scope.corpus) && seen.add(scope.corpus) ? [scope.service] : []));
    };
    const corpusService = (filePath: string) => this.scopes().find((scope) => scope.corpus?.isInCorpus(filePath))?.service;
    return {
      getHover: (document, position, token) => of(document.uri)?.getHover(document, position, token) ?? null,
      getDefinition: (document, position, token) => of(document.uri)?.getDefinition(document, position, token) ?? null,
      getReferences: (document, position, token) => of(document.uri)?.getReferences(document, position, token) ?? null,
      getCompletions: (document, position, context, token) => of(document.uri)?.getCompletions(document, position, context, token) ?? null,
      resolveCompletion: (item: CompletionItem, token) => {
        const source = (item.data as { path?: unknown } | undefined)?.path;
        const service = typeof source === 'string' ? corpusService(source) : undefined;
        return (service ?? perCorpus()[0])?.resolveCompletion(item, token) ?? item;
      },
      getCodeActions: (document, range, diagnostics, token) => of(document.uri)?.getCodeActions(document, range, diagnostics, token) ?? [],
      getInlayHints: async (document, range, token) => (await of(document.uri)?.getInlayHints(document, range, token)) ?? [],
      getDocumentSymbols: (uri, token) => {
        const service = uri.startsWith('file:') ? corpusService(URI.parse(uri).fsPath) : undefined;
        return (service ?? of(uri))?.getDocumentSymbols(uri, token) ?? [];
      },
      getWorkspaceSymbols: (query, token) => perCorpus().flatMap((service) => service.getWorkspaceSymbols(query, token)),
      getDiagnostics: async (document, onPartial) => of(document.uri)?.getDiagnostics(document, onPartial),
      getBibliographyEdit: (document) => of(document.uri)?.getBibliographyEdit(document) ?? { reason: 'nothing-cited' as const },
      getEntitySummaries: (token) => {
        const seen = new Set<string>();
        return perCorpus().flatMap((service) => service.getEntitySummaries(token).filter((entity) => !seen.has(entity.id) && seen.add(entity.id)));
      },
      isCorpusFile: (document) => this.isCorpusFile(document.uri),
      answer: (run) => answer(() => this.corporaInUse().map((corpus) => corpus.index), run),
      invalidate: () => this.scopes().forEach((scope) => scope.service?.invalidate()),
      forget: (uri) => this.scopes().forEach((scope) => scope.service?.forget(uri)),
    };
  }
}

function isInside(folder: string, filePath: string): boolean {
  const relative = path.relative(folder, filePath);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * One status for several corpora, as the status bar shows it: indexing while any is, else in error if any is,
 * else ready (entities pending while any's are); counts summed, roots and messages gathered. Undefined for none.
 */
export function combineStatuses(statuses: readonly StatusParams[]): StatusParams | undefined {
  if (statuses.length <= 1) return statuses[0];
  const state = statuses.some((s) => s.state === 'indexing') ? 'indexing' : statuses.some((s) => s.state === 'error') ? 'error' : 'ready';
  const sum = (key: 'documents' | 'sentences' | 'entities' | 'problems') => statuses.reduce((n, s) => n + s[key], 0);
  const errors = statuses.filter((s) => s.state === 'error');
  const messages = statuses.flatMap((s) => (s.message ? [s.message] : []));
  const setting = errors.find((s) => s.setting)?.setting;
  return {
    state,
    ...(state === 'ready' && statuses.some((s) => s.entitiesPending) ? { entitiesPending: true } : {}),
    documents: sum('documents'),
    sentences: sum('sentences'),
    entities: sum('entities'),
    problems: sum('problems'),
    roots: statuses.flatMap((s) => s.roots),
    ...(messages.length > 0 ? { message: messages.join('\n') } : {}),
    ...(setting ? { setting } : {}),
  };
}
