import { parentPort } from 'node:worker_threads';
import { runEntityJob, type EntityJob } from './core/entities/entityJob';

/** Worker thread: extracts the entities of a corpus off the server's main thread. */
parentPort?.on('message', (job: EntityJob) => {
  try {
    parentPort?.postMessage({ entities: runEntityJob(job) });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
