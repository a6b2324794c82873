import * as path from 'node:path';
import { URI } from 'vscode-uri';
import {
  DiagnosticSeverity,
  FileChangeType,
  DidChangeWatchedFilesNotification,
  type Diagnostic,
  type Disposable,
} from 'vscode-languageserver/node';
import { loadCorpus, loadDocument, type LoadOptions } from '../core/corpus/loadCorpus';
import { cacheIsCurrent, entitiesKey, indexCacheFile, readIndexCache, writeIndexCache } from '../core/index/indexCache';
import { isCorpusFileName } from '../core/corpus/files';
import { curatedFileNames } from '../core/entities/curated';
import { loadCurated } from '../core/entities/loadCurated';
import { EntityIndex } from '../core/entities/entityIndex';
import { entityJobOf, type EntityJob } from '../core/entities/entityJob';
import type { Entity } from '../core/entities/types';
import { Worker } from 'node:worker_threads';
import { CorpusIndex } from '../core/index/corpusIndex';
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
      const cacheFile = ctx.cacheDir ? indexCacheFile(ctx.cacheDir, roots) : undefined;
      // Before the first build, documents come from the cache on disk; later, from the index in memory.
      const cache = cacheFile && ctx.index.documentCount === 0 ? await readIndexCache(cacheFile) : undefined;
      const previous: LoadOptions['previous'] = cache?.documents ?? new Map(ctx.index.documents().map((d) => [d.path, d]));
      const index = new CorpusIndex();
      const result = await loadCorpus(roots, ctx.workspaceRoot ?? process.cwd(), {
        previous,
        onDocument: (doc) => index.setDocument(doc),
        isCancelled: () => generation !== this.generation,
        onProgress: (done, total) => progress?.report(Math.round((done / Math.max(total, 1)) * 100), `${done}/${total} files`),
      });
      if (result.cancelled || generation !== this.generation) return;
      const curated = await loadCurated(roots);
      index.setCurated(curated.entities, curated.problems);
      if (cache) ctx.log(`${result.documents.filter((d) => cache.documents.get(d.path)?.hash === d.hash).length} of ${result.documents.length} documents from the cache`);
      if (cache?.entities && cache.entities.key === entitiesKey(index)) {
        index.setEntities(new EntityIndex(cache.entities.entities), index.version);
        ctx.log(`${cache.entities.entities.length} entities from the cache`);
      }
      await this.extractEntities(index);
      if (generation !== this.generation) return;
      index.listingProblems = result.problems;
      ctx.index = index;
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      ctx.log(`Indexed ${index.documentCount} documents, ${index.sentenceTotal} sentences in ${seconds} s`);
      this.publishProblems();
      await this.watchRoots(roots);
      ctx.indexing = false;
      this.sendStatus('ready');
      this.listeners.forEach((listener) => listener());
      if (cacheIsCurrent(cache, index)) ctx.log('The index cache is up to date');
      else this.saveCache();
    } catch (error) {
      ctx.indexing = false;
      ctx.error(`Indexing failed: ${error instanceof Error ? error.stack : String(error)}`);
      this.sendStatus('error', `indexing failed: ${String(error)}`);
    } finally {
      progress?.done();
    }
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
    await this.extractEntities(ctx.index);
    this.saveCache();
    this.publishProblems();
    this.sendStatus(ctx.indexing ? 'indexing' : 'ready');
    this.listeners.forEach((listener) => listener());
  }

  register(): void {
    const { connection } = this.ctx;
    connection.onRequest(reindexRequest, guard(this.ctx, reindexRequest, null, async () => {
      await this.reindex('requested');
      return null;
    }));
    connection.onDidChangeWatchedFiles(guard(this.ctx, 'workspace/didChangeWatchedFiles', undefined, (params) => this.filesChanged(params.changes)));
  }

  /** Writes the index cache in the background; a failure is logged, never fatal. */
  private saveCache(): void {
    const { ctx } = this;
    if (!ctx.cacheDir) return;
    const file = indexCacheFile(ctx.cacheDir, ctx.corpusRoots);
    writeIndexCache(file, ctx.index).then(
      () => ctx.log(`Saved the index cache ${file}`),
      (error) => ctx.log(`Could not write the index cache ${file}: ${String(error)}`),
    );
  }

  /**
   * Extracts the entities of an index in a worker thread, so that the server keeps answering meanwhile; on
   * the main thread if the worker cannot run. Entities of an index that changed in the meantime are dropped.
   */
  private async extractEntities(index: CorpusIndex): Promise<void> {
    if (index.hasEntities) return;
    const started = performance.now();
    const version = index.version;
    try {
      const entities = await extractInWorker(entityJobOf(index));
      index.setEntities(new EntityIndex(entities), version);
      this.ctx.log(`Extracted ${entities.length} entities in ${((performance.now() - started) / 1000).toFixed(2)} s (worker thread)`);
    } catch (error) {
      this.ctx.log(`Entity extraction in a worker thread failed (${String(error)}); extracting on the main thread`);
      index.entities();
    }
  }

  private sendStatus(state: StatusParams['state'], message?: string): void {
    const { ctx } = this;
    const params: StatusParams = {
      state,
      documents: ctx.index.documentCount,
      sentences: ctx.index.sentenceTotal,
      entities: state === 'ready' ? ctx.entities().entities.length : 0,
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

/** Runs an entity extraction job in a worker thread (dist/entitiesWorker.js, next to this bundle). */
function extractInWorker(job: EntityJob): Promise<Entity[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'entitiesWorker.js'));
    const finish = (action: () => void) => {
      void worker.terminate();
      action();
    };
    worker.once('message', (message: { entities?: Entity[]; error?: string }) =>
      finish(() => (message.entities ? resolve(message.entities) : reject(new Error(message.error ?? 'no result')))),
    );
    worker.once('error', (error) => finish(() => reject(error)));
    worker.once('exit', (code) => reject(new Error(`worker exited with code ${code}`)));
    worker.postMessage(job);
  });
}
