import { setFlagsFromString } from 'node:v8';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { buildIndexData, indexShare, type BuildJob, type Helper, type ShareJob, type ShareResult } from './core/index/buildIndex';
import type { HelperMessage, WorkerMessage } from './service/buildRunner';

/**
 * Worker thread: indexes the corpus off the server's main thread (see buildIndexData) and posts each step:
 * progress, the index as data, the entities, the cache, then done (or an error). Started again by itself
 * as a helper (workerData.share), it indexes half of the files to read, on the second core.
 */
/**
 * How far V8 lets the heap grow past what a full collection left alive, in percent (V8's default adapts, up to
 * 4x when allocation is fast). Indexing allocates fast and keeps little: with the default, the build of 10,000
 * real articles reached 1.16 GB resident for under 0.25 GB alive; at 20 %, 0.73 GB for 8 % more CPU time
 * (measured with buildIndexData in one process, 2 shared cores). V8 flags are process-wide: set once the first
 * indexing thread starts, it holds the server's main thread to the same rule.
 */
const heapGrowingPercent = 20;
setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);

if ((workerData as { share?: boolean } | undefined)?.share) {
  const post = (message: HelperMessage) => parentPort?.postMessage(message);
  parentPort?.once('message', (job: ShareJob) => {
    const result = indexShare(job, (files) => post({ type: 'progress', files }));
    post({ type: 'result', result });
  });
} else {
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(message, transfer);
  parentPort?.once('message', (job: BuildJob) => {
    buildIndexData(
      job,
      {
        progress: (done, total) => post({ type: 'progress', done, total }),
        index: (data) => post({ type: 'index', data }),
        // The serialized entities are moved to the main thread, not copied.
        entities: (result) => post({ type: 'entities', ...result }, result.serialized ? [result.serialized.buffer as ArrayBuffer] : []),
        cache: (result) => post({ type: 'cache', ...result }),
      },
      helper,
    ).then(
      () => post({ type: 'done' }),
      (error) => post({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  });
}

/** Indexes files on a second worker thread. */
const helper: Helper = (job, progress) =>
  new Promise<ShareResult>((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { share: true } });
    worker.on('message', (message: HelperMessage) => {
      if (message.type === 'progress') progress(message.files);
      else {
        resolve(message.result);
        void worker.terminate();
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the helper thread exited with code ${code}`)));
    worker.postMessage(job);
  });
