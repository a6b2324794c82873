import * as path from 'node:path';
import { hashText } from '../core/corpus/document';
import { isCorpusFileName, readCorpusFile, readCorpusFileSync, type ReadResult } from '../core/corpus/files';
import { buildReadDocument } from '../core/corpus/loadCorpus';
import { StoredDocument } from '../core/corpus/storedDocument';
import { curatedFileNames } from '../core/entities/curated';
import { EntityIndex } from '../core/entities/entityIndex';
import { loadCurated } from '../core/entities/loadCurated';
import { dataOfIndex, indexOfData, installEntities, type BuildEvents, type BuildJob } from '../core/index/buildIndex';
import { CorpusIndex } from '../core/index/corpusIndex';
import { indexCacheFile } from '../core/index/indexCache';
import { formatStages } from '../core/index/stages';
import type { CorpusProblem } from '../core/types';
import type { CorpusState, StatusParams } from '../protocol';
import { onThisThread, type BuildRunner } from './buildRunner';
import type { FileChange, ManagedCorpus } from './context';
import { settingsTexts } from './present/settings';

/** Which corpus to build, read when a build starts. */
export interface CorpusConfig {
  /**
   * Corpus folders, files or globs, absolute or relative to `baseDir` (`~/` is the home folder); empty: the
   * bundled corpus, or no corpus at all when there is none (see `bundledCorpus`).
   */
  paths: readonly string[];
  /** The workspace folder (server), the current directory (CLI). */
  baseDir: string;
  /**
   * The sample corpus shipped with Grounded, used when `paths` is empty. Undefined: empty `paths` name no corpus
   * (the writer set an empty list): nothing is indexed, the session is in error and names `setting`.
   */
  bundledCorpus?: string;
  /**
   * The setting that gave `paths`, named in messages about them (`grounded.corpus.paths`,
   * `initializationOptions.corpusPaths`). Default: the session's `setting`.
   */
  setting?: string;
  /** Where the index cache is kept; undefined: no cache is read or written. */
  cacheDir?: string;
  /** A team corpus in PostgreSQL (a connection URI), read instead of `paths` (see DatabaseCorpus). */
  database?: string;
  /** A read-only replica of `database` that reads go to. */
  databaseReplica?: string;
}

export type { FileChange };

/** A running build's progress, as the front end shows it (the server: `$/progress`). */
export interface BuildProgress {
  report(percent: number, message: string): void;
  done(): void;
}

/** How a front end hears from the session. Every hook is optional but the logs. */
export interface CorpusHooks {
  log(message: string): void;
  error(message: string): void;
  /** The state changed: a build started, its index is in use (entities pending), it ended or failed. */
  status?(status: StatusParams): void;
  /** The index in use changed (a new build's index, changed files): drafts are checked again. */
  changed?(): void;
  /** The corpus problems may have changed (see {@link CorpusSession.problems}). */
  problems?(problems: CorpusProblem[]): void;
  /** A build begins: its progress reporter, if the front end shows one. */
  progress?(): Promise<BuildProgress | undefined>;
  /** A build ended and is the one in force: the folders to watch for changes. */
  built?(roots: string[]): Promise<void>;
  /** The session was disposed of: what the front end keeps for it (problems, watchers, status) goes. */
  disposed?(): void;
}

/** Options of a {@link CorpusSession}. */
export interface CorpusSessionOptions {
  /** The corpus to build, read at the start of each build. */
  config: () => CorpusConfig;
  hooks: CorpusHooks;
  /** Where builds run (default: on this thread). */
  runner?: BuildRunner;
  /**
   * Keep the index in step with the files: a stored document found changed when it is read again is indexed
   * again (the server). Off for one-shot runs (the CLI).
   */
  live?: boolean;
  /** Where the writer configures the corpus (`grounded.corpus.paths`), named when the corpus cannot be read. */
  setting?: string;
}

/**
 * The corpus in use, for the server and the CLI alike: builds (first, rebuilds on request or new settings,
 * a newer build superseding a running one), single-file changes, the index and entities answered meanwhile,
 * and the corpus problems. It knows nothing of LSP: front ends listen through {@link CorpusHooks}.
 */
export class CorpusSession implements ManagedCorpus {
  private current = new CorpusIndex();
  /** Entities of the last completed extraction, answered while a new one runs in the worker thread. */
  private lastEntities = new EntityIndex([]);
  private rootsInUse: string[] = [];
  private building = false;
  private generation = 0;
  private running: Promise<void> = Promise.resolve();
  private readonly staleFiles = new Set<string>();
  private readonly runner: BuildRunner;
  private readonly hooks: CorpusHooks;
  private disposed = false;

  constructor(private readonly options: CorpusSessionOptions) {
    this.runner = options.runner ?? onThisThread;
    this.hooks = options.hooks;
  }

  /** The index in use (empty before the first build). */
  get index(): CorpusIndex {
    return this.current;
  }

  /** Absolute corpus roots in use (the bundled corpus when the configuration gives none). */
  get roots(): string[] {
    return this.rootsInUse;
  }

  /** Whether a build is running. */
  get indexing(): boolean {
    return this.building;
  }

  /** Whether there is an index to answer from: the first build is done, or a rebuild is running over the last. */
  get searchable(): boolean {
    return !this.building || this.current.documentCount > 0;
  }

  /**
   * The corpus entities, never computed on the request path: the current ones when extracted, else the last
   * extraction's (a changed file's entities arrive when its extraction ends).
   */
  entities(): EntityIndex {
    if (this.current.hasEntities) this.lastEntities = this.current.entities();
    return this.lastEntities;
  }

  /** Whether a file is one of the corpus in use: indexed, or in one of its folders. */
  isInCorpus(filePath: string): boolean {
    if (this.current.documentByPath(filePath)) return true;
    return this.rootsInUse.some((root) => {
      const relative = path.relative(root, filePath);
      return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
    });
  }

  /** The problems with the corpus paths themselves (missing, unreadable, matching nothing), not with their files. */
  pathProblems(): CorpusProblem[] {
    return this.current.listingProblems.filter((p) => this.rootsInUse.includes(p.path));
  }

  /** The problems of the corpus in use: listing, curated files, documents. */
  problems(): CorpusProblem[] {
    return this.current.problems();
  }

  /** The corpus roots a configuration names: its paths resolved, or the bundled corpus. */
  static rootsOf(config: CorpusConfig): string[] {
    if (config.paths.length === 0) return config.bundledCorpus === undefined ? [] : [config.bundledCorpus];
    return config.paths.map((p) => path.resolve(config.baseDir, expandHome(p)));
  }

  /** Rebuilds the whole index. A rebuild in progress is superseded. Resolves when this build is done (never rejects). */
  rebuild(reason: string): Promise<void> {
    if (this.disposed) return Promise.resolve();
    const generation = ++this.generation;
    this.running = this.build(generation, reason);
    return this.running;
  }

  /** Resolves once the latest requested build has finished. */
  whenReady(): Promise<void> {
    return this.running;
  }

  /** Supersedes any running build, stops the build thread and lets go of the index. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.generation++;
    this.building = false;
    this.current = new CorpusIndex();
    this.lastEntities = new EntityIndex([]);
    this.runner.dispose?.();
    this.hooks.disposed?.();
  }

  /**
   * The status of the corpus in use, as `grounded/status` sends it. An error about the corpus itself (it gave
   * no document) names the setting to fix, when the session knows it.
   */
  status(state: CorpusState, message?: string, entitiesPending = false, setting?: string): StatusParams {
    return {
      state,
      ...(entitiesPending ? { entitiesPending } : {}),
      ...(setting ? { setting } : {}),
      documents: this.current.documentCount,
      sentences: this.current.sentenceTotal,
      entities: state === 'ready' && !entitiesPending ? this.entities().entities.length : 0,
      problems: this.current.problems().length,
      roots: this.rootsInUse,
      message,
    };
  }

  private async build(generation: number, reason: string): Promise<void> {
    const { hooks } = this;
    const config = this.options.config();
    const roots = CorpusSession.rootsOf(config);
    this.rootsInUse = roots;
    const setting = config.setting ?? this.options.setting;
    if (roots.length === 0) return this.useNoCorpus(setting);
    this.building = true;
    this.sendStatus('indexing');
    hooks.log(`Indexing corpus (${reason}): ${roots.join(', ')}`);
    const started = performance.now();
    const progress = await hooks.progress?.();
    try {
      const curated = await loadCurated(roots);
      const inUse = this.current.documentCount > 0 ? this.current : undefined;
      const knownEntities = inUse?.entityKey ? { key: inUse.entityKey, entities: inUse.entities() } : undefined;
      const job: BuildJob = {
        // As written (relative to baseDir), so that problems name a path the way the writer gave it.
        roots: config.paths.length > 0 ? config.paths.map(expandHome) : roots,
        baseDir: config.baseDir,
        curated: curated.entities,
        cacheFile: config.cacheDir ? indexCacheFile(config.cacheDir, roots) : undefined,
        // The index in use is the previous state; before the first build, the cache on disk is.
        previous: inUse ? dataOfIndex(inUse) : undefined,
        entitiesKey: knownEntities?.key,
      };
      let index: CorpusIndex | undefined;
      const seconds = () => ((performance.now() - started) / 1000).toFixed(2);
      await this.run(job, generation, {
        progress: (done, total) => progress?.report(Math.round((done / Math.max(total, 1)) * 100), `${done}/${total} files`),
        index: (data) => {
          index = indexOfData(data, this.options.live ? (doc) => this.stale(doc.path) : undefined);
          index.setCurated(curated.entities, curated.problems);
          index.listingProblems = data.problems;
          if (data.reused > 0) hooks.log(`${data.reused} of ${data.documents.length} documents ${inUse ? 'reused from the index in use' : 'from the cache'}`);
          this.current = index;
          hooks.log(`Indexed ${index.documentCount} documents, ${index.sentenceTotal} sentences in ${seconds()} s; extracting entities`);
          hooks.problems?.(this.problems());
          if (index.documentCount > 0) this.sendStatus('ready', undefined, true);
          hooks.changed?.();
        },
        entities: ({ key, serialized, fromCache, seconds: extraction, stages }) => {
          if (!index) return;
          if (serialized) installEntities(index, serialized, key);
          else if (knownEntities) index.setEntities(knownEntities.entities, index.version, key);
          const count = this.entities().entities.length;
          hooks.log(fromCache ? `${count} entities from the cache` : serialized ? `Extracted ${count} entities in ${extraction.toFixed(2)} s (worker thread)` : `${count} entities unchanged`);
          hooks.log(`Build stages (s): ${formatStages(stages)}`);
          hooks.log(`Corpus ready in ${seconds()} s`);
          this.building = false;
          if (index.documentCount > 0) this.sendStatus('ready');
          else this.sendStatus('error', settingsTexts.corpusUnusable(this.pathProblems(), index.listingProblems, setting), false, setting);
          // Drafts were checked when the index came, before its entities: claims compare names by their kind (a place
          // in a place's slot, a holder of the same kind), so they are checked again now that the kinds are known —
          // as the command line checks them, with the entities ready. An empty index is told once, here.
          if (index.documentCount === 0 || index.hasEntities) hooks.changed?.();
        },
        cache: ({ file, written, error }) => {
          if (error) hooks.error(`Could not write the index cache ${file}: ${error}`);
          else hooks.log(written ? `Saved the index cache ${file}` : 'The index cache is up to date');
        },
      });
      if (generation === this.generation) await hooks.built?.(roots);
    } catch (error) {
      if (generation !== this.generation) return;
      this.building = false;
      hooks.error(`Indexing failed: ${error instanceof Error ? error.stack : String(error)}`);
      this.sendStatus('error', `indexing failed: ${String(error)}`);
    } finally {
      progress?.done();
    }
  }

  /**
   * The writer chose no corpus (an empty list of paths, no bundled corpus in its place): the index is empty, the
   * session is in error naming `setting` (so drafts get no finding and the writer is told once), and the drafts
   * are checked again, to nothing.
   */
  private useNoCorpus(setting: string | undefined): void {
    this.current = new CorpusIndex();
    this.lastEntities = new EntityIndex([]);
    this.building = false;
    this.hooks.log('No corpus: the corpus paths are an empty list');
    this.hooks.problems?.([]);
    this.sendStatus('error', settingsTexts.noCorpusChosen(setting), false, setting);
    this.hooks.changed?.();
  }

  /** Runs a build; events of a superseded build are dropped, and an event that throws is logged. */
  private run(job: BuildJob, generation: number, events: BuildEvents): Promise<void> {
    const current = <T extends unknown[]>(handler: ((...args: T) => void) | undefined) => (...args: T) => {
      if (generation !== this.generation) return;
      try {
        handler?.(...args);
      } catch (error) {
        this.hooks.error(`Installing the index failed: ${error instanceof Error ? error.stack : String(error)}`);
      }
    };
    const live: BuildEvents = { progress: current(events.progress), index: current(events.index), entities: current(events.entities), cache: current(events.cache) };
    return this.runner.run(job, live, () => generation === this.generation);
  }

  /**
   * A stored document whose file changed unseen (found when read again): indexed again, once, unless
   * {@link refreshFiles} did it meanwhile.
   */
  private stale(filePath: string): void {
    if (this.staleFiles.has(filePath)) return;
    this.staleFiles.add(filePath);
    setTimeout(() => {
      this.staleFiles.delete(filePath);
      const doc = this.current.documentByPath(filePath);
      if (doc instanceof StoredDocument && !doc.stale) return;
      void this.filesChanged([{ path: filePath, type: 'changed' }]);
    }, 0);
  }

  /**
   * Checks the files of these indexed documents against what was indexed (size and time; content when they
   * differ), and indexes again at once those that changed, for clients that send no file events (or missed one):
   * called before a request uses their stored text. True when any changed: searches see them as they are now;
   * entities and the cache follow in the background. Files not in the index are ignored.
   */
  refreshFiles(paths: Iterable<string>): boolean {
    let touched = false;
    for (const filePath of new Set(paths)) {
      const doc = this.current.documentByPath(filePath);
      if (!(doc instanceof StoredDocument) || !doc.changedOnDisk()) continue;
      this.reindexFile(filePath, readCorpusFileSync(filePath));
      touched = true;
    }
    if (touched) this.afterChange();
    return touched;
  }

  /** Indexes one corpus file again as read now (unusable or gone: removed); its problems replace the old ones. */
  private reindexFile(filePath: string, read: ReadResult): void {
    const built = read.text === undefined ? { problems: read.problems } : buildReadDocument(filePath, read.text, hashText(read.text), read.problems);
    if (built.doc && read.text !== undefined) this.current.setDocument(StoredDocument.of(built.doc, read, this.options.live ? (doc) => this.stale(doc.path) : undefined));
    else this.current.removeDocument(filePath);
    this.current.listingProblems = this.current.listingProblems.filter((p) => p.path !== filePath).concat(built.problems);
    this.hooks.log(`Re-indexed ${filePath}`);
  }

  /** Files changed in the index in use: problems and drafts told now, entities and cache by a build that reuses the rest. */
  private afterChange(): void {
    this.hooks.problems?.(this.problems());
    this.hooks.changed?.();
    void this.rebuild('corpus files changed');
  }

  /**
   * Re-indexes just the files that changed (outside the corpus: ignored); searches see the change at once,
   * then a build that reuses the rest brings the entities and the cache up to date.
   */
  async filesChanged(changes: readonly FileChange[]): Promise<void> {
    const { hooks } = this;
    let touched = false;
    for (const change of changes) {
      const filePath = change.path;
      if (!this.isInCorpus(filePath)) continue;
      if (curatedFileNames.includes(path.basename(filePath))) {
        const curated = await loadCurated(this.rootsInUse);
        this.current.setCurated(curated.entities, curated.problems);
        hooks.log(`Re-read curated entities: ${filePath}`);
        touched = true;
        continue;
      }
      if (!isCorpusFileName(filePath)) continue;
      if (change.type === 'deleted') {
        touched = this.current.removeDocument(filePath) || touched;
        hooks.log(`Removed ${filePath}`);
        continue;
      }
      // A save through the editor and a watcher tell of the same change: read once.
      const known = this.current.documentByPath(filePath);
      if (change.type === 'changed' && known instanceof StoredDocument && !known.changedOnDisk()) continue;
      this.reindexFile(filePath, await readCorpusFile(filePath));
      touched = true;
    }
    if (touched) this.afterChange();
  }

  private sendStatus(state: CorpusState, message?: string, entitiesPending = false, setting?: string): void {
    if (!this.disposed) this.hooks.status?.(this.status(state, message, entitiesPending, setting));
  }
}

function expandHome(p: string): string {
  return p.startsWith('~/') ? path.join(process.env.HOME ?? '', p.slice(2)) : p;
}
