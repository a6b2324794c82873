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
    entities: (result) => post({ type: 'entities', ...result }),
    cache: (result) => post({ type: 'cache', ...result }),
  }).then(
    () => post({ type: 'done' }),
    (error) => post({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
