import { parentPort } from 'node:worker_threads';
import { buildIndexData, type BuildJob } from './core/index/buildIndex';

/**
 * Worker thread: indexes the corpus off the server's main thread (see buildIndexData) and posts each step:
 * progress, the index as data, the entities, the cache, then done (or an error).
 */
parentPort?.once('message', (job: BuildJob) => {
  const post = (message: object) => parentPort?.postMessage(message);
  buildIndexData(job, {
    progress: (done, total) => post({ type: 'progress', done, total }),
    index: (data) => post({ type: 'index', data }),
    // The serialized entities are moved to the main thread, not copied.
    entities: (result) => parentPort?.postMessage({ type: 'entities', ...result }, result.serialized ? [result.serialized.buffer as ArrayBuffer] : []),
    cache: (result) => post({ type: 'cache', ...result }),
  }).then(
    () => post({ type: 'done' }),
    (error) => post({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
