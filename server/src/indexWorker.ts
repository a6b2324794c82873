import { parentPort, Worker, workerData } from 'node:worker_threads';
import { buildIndexData, indexShare, type BuildJob, type Helper, type ShareJob, type ShareResult } from './core/index/buildIndex';
import type { HelperMessage, WorkerMessage } from './service/buildRunner';

/**
 * Worker thread: indexes the corpus off the server's main thread (see buildIndexData) and posts each step:
 * progress, the index as data, the entities, the cache, then done (or an error). Started again by itself
 * as a helper (workerData.share), it indexes half of the files to read, on the second core.
 */
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
