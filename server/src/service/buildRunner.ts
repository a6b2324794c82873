import { Worker } from 'node:worker_threads';
import { buildIndexData, type BuildEvents, type BuildJob, type HelperResult } from '../core/index/buildIndex';
import { unpackIndexData, type PackedIndexData } from '../core/index/packedIndex';
import type { CorpusProblem } from '../core/types';

/** Runs an index build (see buildIndexData) and reports its events; `isCurrent` turns false when a newer build supersedes it. */
export interface BuildRunner {
  run(job: BuildJob, events: BuildEvents, isCurrent: () => boolean): Promise<void>;
  /** Stops a running build's thread, if any (the session using it is disposed of). */
  dispose?(): void;
}

/** Builds on the calling thread (the CLI, tests). */
export const onThisThread: BuildRunner = {
  run: (job, events) => buildIndexData(job, events),
};

/**
 * Builds in a worker thread running `workerFile` (dist/indexWorker.js, next to the bundle), so that the server
 * keeps answering meanwhile; on this thread if the worker cannot start. A superseded build's worker is stopped
 * when the next one starts.
 */
export class WorkerThreadRunner implements BuildRunner {
  private worker: Worker | undefined;

  constructor(
    private readonly workerFile: string,
    private readonly log: (message: string) => void,
  ) {}

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  async run(job: BuildJob, live: BuildEvents, isCurrent: () => boolean): Promise<void> {
    void this.worker?.terminate();
    let worker: Worker;
    try {
      worker = new Worker(this.workerFile);
    } catch (error) {
      this.log(`The indexing worker thread could not start (${String(error)}); indexing on the main thread`);
      return buildIndexData(job, live);
    }
    this.worker = worker;
    await new Promise<void>((resolve, reject) => {
      // The entities and the cache's outcome, the build's last events, are given once the thread has ended: the
      // entities are decoded here, and the thread's heap (its candidates, groups and entities, half a gigabyte at
      // 35,987 real articles) would otherwise still be held meanwhile.
      const last: (() => void)[] = [];
      let finished = false;
      worker.on('message', (message: WorkerMessage) => {
        switch (message.type) {
          case 'progress':
            return live.progress?.(message.done, message.total);
          case 'index':
            return live.index({ ...unpackIndexData(message.data), problems: message.problems, reused: message.reused });
          case 'entities':
            return void last.push(() => live.entities(message));
          case 'cache':
            return void last.push(() => live.cache?.(message));
          case 'done':
            finished = true;
            return void worker.terminate().then(() => {
              for (const event of last) event();
              resolve();
            }, reject);
          case 'error':
            for (const event of last.splice(0)) event();
            return reject(new Error(message.message));
        }
      });
      worker.once('error', reject);
      worker.once('exit', (code) => (finished ? undefined : isCurrent() ? reject(new Error(`the indexing worker exited with code ${code}`)) : resolve()));
      worker.postMessage(job);
    }).finally(() => {
      void worker.terminate();
      if (this.worker === worker) this.worker = undefined;
    });
  }
}

/** What the indexing worker thread posts (indexWorker.ts sends these, {@link WorkerThreadRunner} receives them). */
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'index'; data: PackedIndexData; problems: CorpusProblem[]; reused: number }
  | ({ type: 'entities' } & Parameters<BuildEvents['entities']>[0])
  | ({ type: 'cache' } & Parameters<NonNullable<BuildEvents['cache']>>[0])
  | { type: 'done' }
  | { type: 'error'; message: string };

/** What the worker's helper thread posts back to the worker (indexWorker.ts is both sides). */
export type HelperMessage = { type: 'progress'; files: number } | { type: 'result'; result: HelperResult };
