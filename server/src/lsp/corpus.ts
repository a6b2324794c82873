import * as path from 'node:path';
import { URI } from 'vscode-uri';
import {
  DiagnosticSeverity,
  FileChangeType,
  DidChangeWatchedFilesNotification,
  type Diagnostic,
  type Disposable,
} from 'vscode-languageserver/node';
import { Worker } from 'node:worker_threads';
import { loadDocument } from '../core/corpus/loadCorpus';
import { isCorpusFileName } from '../core/corpus/files';
import { curatedFileNames } from '../core/entities/curated';
import { loadCurated } from '../core/entities/loadCurated';
import { buildIndexData, dataOfIndex, indexOfData, installEntities, type BuildEvents, type BuildJob } from '../core/index/buildIndex';
import type { CorpusIndex } from '../core/index/corpusIndex';
import { indexCacheFile } from '../core/index/indexCache';
import { formatStages } from '../core/index/stages';
import type { CorpusProblem } from '../core/types';
import { reindexRequest, statusNotification, type StatusParams } from '../protocol';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';

/** Listeners told when a new index is in place or a corpus file changed (diagnostics re-check drafts). */
export type CorpusListener = () => void;

/**
 * Owns the corpus index: the first build, rebuilds when settings change or on request, re-indexing single
 * files on change, progress, the status notification and `corpus-error` diagnostics on corpus files.
 */
export class CorpusService {
  private generation = 0;
  private published = new Set<string>();
  private watchers: Disposable | undefined;
  private readonly listeners: CorpusListener[] = [];
  private current: Promise<void> = Promise.resolve();
  private worker: Worker | undefined;
  private readonly staleFiles = new Set<string>();

  constructor(private readonly ctx: ServerContext) {}

  onDidChange(listener: CorpusListener): void {
    this.listeners.push(listener);
  }

  /** The corpus roots the settings ask for: configured folders, or the bundled corpus. */
  roots(): string[] {
    const configured = this.ctx.untrusted ? [] : this.ctx.settings.corpusPaths;
    if (configured.length === 0) return [this.ctx.bundledCorpus];
    const base = this.ctx.workspaceRoot ?? process.cwd();
    return configured.map((p) => path.resolve(base, expandHome(p)));
  }

  /** Rebuilds the whole index. A rebuild in progress is superseded. Resolves when this build is done. */
  reindex(reason: string): Promise<void> {
    const generation = ++this.generation;
    this.current = this.build(generation, reason);
    return this.current;
  }

  /** Resolves once the latest requested build has finished. */
  whenReady(): Promise<void> {
    return this.current;
  }

  private async build(generation: number, reason: string): Promise<void> {
    const { ctx } = this;
    const roots = this.roots();
    ctx.corpusRoots = roots;
    ctx.indexing = true;
    this.sendStatus('indexing');
    ctx.log(`Indexing corpus (${reason}): ${roots.join(', ')}`);
    const started = performance.now();
    const progress = await this.beginProgress();
    try {
      const curated = await loadCurated(roots);
      const inUse = ctx.index.documentCount > 0 ? ctx.index : undefined;
      const knownEntities = inUse?.entityKey ? { key: inUse.entityKey, entities: inUse.entities() } : undefined;
      const job: BuildJob = {
        roots,
        baseDir: ctx.workspaceRoot ?? process.cwd(),
        curated: curated.entities,
        cacheFile: ctx.cacheDir ? indexCacheFile(ctx.cacheDir, roots) : undefined,
        // The index in use is the previous state; before the first build, the cache on disk is.
        previous: inUse ? dataOfIndex(inUse) : undefined,
        entitiesKey: knownEntities?.key,
      };
      let index: CorpusIndex | undefined;
      const seconds = () => ((performance.now() - started) / 1000).toFixed(2);
      await this.runBuild(job, generation, {
        progress: (done, total) => progress?.report(Math.round((done / Math.max(total, 1)) * 100), `${done}/${total} files`),
        index: (data) => {
          index = indexOfData(data, (doc) => this.stale(doc.path));
          index.setCurated(curated.entities, curated.problems);
          index.listingProblems = data.problems;
          if (data.reused > 0) ctx.log(`${data.reused} of ${data.documents.length} documents ${inUse ? 'reused from the index in use' : 'from the cache'}`);
          ctx.index = index;
          ctx.log(`Indexed ${index.documentCount} documents, ${index.sentenceTotal} sentences in ${seconds()} s; extracting entities`);
          this.publishProblems();
          this.sendStatus('ready', undefined, true);
          this.listeners.forEach((listener) => listener());
        },
        entities: ({ key, serialized, fromCache, seconds: extraction, stages }) => {
          if (!index) return;
          if (serialized) installEntities(index, serialized, key);
          else if (knownEntities) index.setEntities(knownEntities.entities, index.version, key);
          const count = ctx.entities().entities.length;
          ctx.log(fromCache ? `${count} entities from the cache` : serialized ? `Extracted ${count} entities in ${extraction.toFixed(2)} s (worker thread)` : `${count} entities unchanged`);
          ctx.log(`Build stages (s): ${formatStages(stages)}`);
          ctx.log(`Corpus ready in ${seconds()} s`);
          ctx.indexing = false;
          this.sendStatus('ready');
          // Claims do not depend on entities: drafts were checked when the index came (unless it was empty).
          if (index.documentCount === 0) this.listeners.forEach((listener) => listener());
        },
        cache: ({ file, written, error }) =>
          ctx.log(error ? `Could not write the index cache ${file}: ${error}` : written ? `Saved the index cache ${file}` : 'The index cache is up to date'),
      });
      if (generation === this.generation) await this.watchRoots(roots);
    } catch (error) {
      if (generation !== this.generation) return;
      ctx.indexing = false;
      ctx.error(`Indexing failed: ${error instanceof Error ? error.stack : String(error)}`);
      this.sendStatus('error', `indexing failed: ${String(error)}`);
    } finally {
      progress?.done();
    }
  }

  /**
   * Runs a build in a worker thread (dist/indexWorker.js, next to this bundle) so that the server keeps
   * answering meanwhile; in-process if the worker cannot start. Events of a superseded build are dropped,
   * and its worker stopped.
   */
  private async runBuild(job: BuildJob, generation: number, events: BuildEvents): Promise<void> {
    const current = <T extends unknown[]>(handler: ((...args: T) => void) | undefined) => (...args: T) => {
      if (generation !== this.generation) return;
      try {
        handler?.(...args);
      } catch (error) {
        this.ctx.error(`Installing the index failed: ${error instanceof Error ? error.stack : String(error)}`);
      }
    };
    const live: BuildEvents = { progress: current(events.progress), index: current(events.index), entities: current(events.entities), cache: current(events.cache) };
    void this.worker?.terminate();
    let worker: Worker;
    try {
      worker = new Worker(path.join(__dirname, 'indexWorker.js'));
    } catch (error) {
      this.ctx.log(`The indexing worker thread could not start (${String(error)}); indexing on the main thread`);
      return buildIndexData(job, live);
    }
    this.worker = worker;
    await new Promise<void>((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        switch (message.type) {
          case 'progress':
            return live.progress?.(message.done, message.total);
          case 'index':
            return live.index(message.data);
          case 'entities':
            return live.entities(message);
          case 'cache':
            return live.cache?.(message);
          case 'done':
            return resolve();
          case 'error':
            return reject(new Error(message.message));
        }
      });
      worker.once('error', reject);
      worker.once('exit', (code) => (generation === this.generation ? reject(new Error(`the indexing worker exited with code ${code}`)) : resolve()));
      worker.postMessage(job);
    }).finally(() => {
      void worker.terminate();
      if (this.worker === worker) this.worker = undefined;
    });
  }

  /** A stored document whose file changed unseen (found when read again): indexed again, once. */
  private stale(filePath: string): void {
    if (this.staleFiles.has(filePath)) return;
    this.staleFiles.add(filePath);
    setTimeout(() => {
      this.staleFiles.delete(filePath);
      void this.filesChanged([{ uri: URI.file(filePath).toString(), type: FileChangeType.Changed }]);
    }, 0);
  }

  /** Handles `workspace/didChangeWatchedFiles`: re-indexes just the files that changed. */
  async filesChanged(changes: { uri: string; type: FileChangeType }[]): Promise<void> {
    const { ctx } = this;
    let touched = false;
    for (const change of changes) {
      const filePath = URI.parse(change.uri).fsPath;
      if (!ctx.isInCorpus(filePath)) continue;
      if (curatedFileNames.includes(path.basename(filePath))) {
        const curated = await loadCurated(ctx.corpusRoots);
        ctx.index.setCurated(curated.entities, curated.problems);
        ctx.log(`Re-read curated entities: ${filePath}`);
        touched = true;
        continue;
      }
      if (!isCorpusFileName(filePath)) continue;
      if (change.type === FileChangeType.Deleted) {
        touched = ctx.index.removeDocument(filePath) || touched;
        ctx.log(`Removed ${filePath}`);
        continue;
      }
      const loaded = await loadDocument(filePath);
      if (loaded.doc) ctx.index.setDocument(loaded.doc);
      else ctx.index.removeDocument(filePath);
      ctx.index.listingProblems = ctx.index.listingProblems.filter((p) => p.path !== filePath).concat(loaded.problems);
      ctx.log(`Re-indexed ${filePath}`);
      touched = true;
    }
    if (!touched) return;
    this.publishProblems();
    this.listeners.forEach((listener) => listener());
    // Searches see the change at once; the entities and the cache follow from a build that reuses the rest.
    void this.reindex('corpus files changed');
  }

  register(): void {
    const { connection } = this.ctx;
    connection.onRequest(reindexRequest, guard(this.ctx, reindexRequest, null, async () => {
      await this.reindex('requested');
      return null;
    }));
    connection.onDidChangeWatchedFiles(guard(this.ctx, 'workspace/didChangeWatchedFiles', undefined, (params) => this.filesChanged(params.changes)));
  }

  private sendStatus(state: StatusParams['state'], message?: string, entitiesPending = false): void {
    const { ctx } = this;
    const params: StatusParams = {
      state,
      ...(entitiesPending ? { entitiesPending } : {}),
      documents: ctx.index.documentCount,
      sentences: ctx.index.sentenceTotal,
      entities: state === 'ready' && !entitiesPending ? ctx.entities().entities.length : 0,
      problems: ctx.index.problems().length,
      roots: ctx.corpusRoots,
      message,
    };
    void ctx.connection.sendNotification(statusNotification, params);
  }

  /** Publishes `corpus-error` diagnostics on corpus files with problems, and clears files that have none now. */
  private publishProblems(): void {
    const { ctx } = this;
    const byFile = new Map<string, CorpusProblem[]>();
    for (const problem of ctx.index.problems()) {
      const list = byFile.get(problem.path) ?? [];
      list.push(problem);
      byFile.set(problem.path, list);
      ctx.log(`${problem.severity}: ${problem.path}: ${problem.message}`);
    }
    const next = new Set<string>();
    for (const [filePath, problems] of byFile) {
      const uri = URI.file(filePath).toString();
      next.add(uri);
      const diagnostics: Diagnostic[] = problems.map((p) => ({
        range: p.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: p.severity === 'error' ? DiagnosticSeverity.Error : p.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
        source: 'grounded',
        code: 'corpus-error',
        message: p.message,
      }));
      void ctx.connection.sendDiagnostics({ uri, diagnostics });
    }
    for (const uri of this.published) if (!next.has(uri)) void ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published = next;
  }

  private async beginProgress() {
    try {
      const progress = await this.ctx.connection.window.createWorkDoneProgress();
      progress.begin('Grounded: indexing corpus', 0, undefined, false);
      return progress;
    } catch {
      return undefined;
    }
  }

  /** Asks the client to watch the corpus folders (they may lie outside the workspace). */
  private async watchRoots(roots: string[]): Promise<void> {
    if (!this.ctx.canWatchFiles) return;
    this.watchers?.dispose();
    this.watchers = undefined;
    try {
      this.watchers = await this.ctx.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: roots.flatMap((root) => [
          { globPattern: { baseUri: URI.file(root).toString(), pattern: '**/*.{md,markdown,txt}' } },
          { globPattern: { baseUri: URI.file(root).toString(), pattern: 'grounded.entities.{json,yaml,yml}' } },
        ]),
      });
    } catch (error) {
      this.ctx.log(`Could not register corpus file watchers: ${String(error)}`);
    }
  }
}

function expandHome(p: string): string {
  return p.startsWith('~/') ? path.join(process.env.HOME ?? '', p.slice(2)) : p;
}

/** What the indexing worker thread posts (see indexWorker.ts). */
type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'index'; data: Parameters<BuildEvents['index']>[0] }
  | ({ type: 'entities' } & Parameters<BuildEvents['entities']>[0])
  | ({ type: 'cache' } & Parameters<NonNullable<BuildEvents['cache']>>[0])
  | { type: 'done' }
  | { type: 'error'; message: string };
