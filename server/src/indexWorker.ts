import { setFlagsFromString } from 'node:v8';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { buildIndexData, runHelperJob, transferables, type BuildJob, type Helper, type HelperJob, type HelperResult } from './core/index/buildIndex';
import { packedBuffers, packIndexData } from './core/index/packedIndex';
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
 * (measured with buildIndexData in one process, 2 shared cores). V8 flags are process-wide (they hold the server's
 * main thread to the same rule), so it is set only while a build reads files or extracts entities, and V8's own
 * rule (0) comes back when it ends: a warm start from an unchanged cache, whose main thread decodes the index and
 * the entities, took 0.7 s more CPU under the fixed 20 % (35,987 real articles: median 3.24 s against 2.52 s).
 */
const heapGrowingPercent = 20;
const holdHeapGrowth = (busy: boolean) => setFlagsFromString(`--heap-growing-percent=${busy ? heapGrowingPercent : 0}`);

if ((workerData as { share?: boolean } | undefined)?.share) {
  const post = (message: HelperMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(message, transfer);
  parentPort?.on('message', (job: HelperJob) => {
    const result = runHelperJob(job, (files) => post({ type: 'progress', files }));
    post({ type: 'result', result }, transferables(result));
  });
} else {
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(message, transfer);
  parentPort?.once('message', (job: BuildJob) => {
    // A build stopped midway (superseded) did not give V8's rule back: each build starts from it.
    holdHeapGrowth(false);
    buildIndexData(
      job,
      {
        progress: (done, total) => post({ type: 'progress', done, total }),
        // Packed: a few large arrays, moved to the main thread rather than copied (see packedIndex.ts), unless
        // the build still writes them to the cache: then copied.
        index: ({ problems, reused, packed, ...index }) => {
          const data = packed ? packed.get() : packIndexData(index);
          post({ type: 'index', data, problems, reused }, packed?.keptForCache ? [] : packedBuffers(data));
        },
        // The serialized entities are moved to the main thread, not copied.
        entities: (result) => post({ type: 'entities', ...result }, result.serialized ? [result.serialized.buffer as ArrayBuffer] : []),
        cache: (result) => post({ type: 'cache', ...result }),
        allocating: holdHeapGrowth,
      },
      helperThread(),
    ).then(
      () => post({ type: 'done' }),
      (error) => post({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  });
}

/**
 * A second worker thread for the build, one thread per job (indexing files), ended as soon as it answers:
 * an idle thread keeps what its job allocated (at 35,987 real articles, a 250 MB heap after the candidates, held
 * through the merges and kinds), and a new thread costs little. The chunks of one stage's candidates, kinds or definitions (see
 * shareAsItGoes) run on one thread, kept until `release`: a thread per chunk would start and compile its code again
 * each time. Should a thread fail, the job fails and the build does it here.
 */
function helperThread(): Helper {
  type Thread = { worker: Worker; kept: boolean; answer?: { resolve(result: HelperResult): void; reject(error: unknown): void; progress?: (files: number) => void } };
  let current: Thread | undefined;
  const end = (thread: Thread) => {
    void thread.worker.terminate();
    if (current === thread) current = undefined;
  };
  const start = (kept: boolean): Thread => {
    const thread: Thread = { worker: new Worker(__filename, { workerData: { share: true } }), kept };
    const fail = (error: unknown) => {
      const answer = thread.answer;
      thread.answer = undefined;
      answer?.reject(error);
    };
    thread.worker.on('message', (message: HelperMessage) => {
      const answer = thread.answer;
      if (message.type === 'progress') return answer?.progress?.(message.files);
      thread.answer = undefined;
      answer?.resolve(message.result);
      if (!thread.kept) end(thread);
    });
    thread.worker.once('error', fail);
    thread.worker.once('exit', (code) => {
      if (current === thread) current = undefined;
      fail(new Error(`the helper thread exited with code ${code}`));
    });
    return thread;
  };
  const run = <R extends HelperResult>(job: HelperJob, progress?: (files: number) => void, kept = false) =>
    new Promise<R>((resolve, reject) => {
      if (current && !(kept && current.kept && !current.answer)) end(current);
      const thread = current ?? (current = start(kept));
      thread.answer = { resolve: (result) => resolve(result as R), reject, progress };
      thread.worker.postMessage(job);
    });
  return {
    index: (job, progress) => run({ kind: 'index', job }, progress),
    candidates: (job) => run({ kind: 'candidates', job }, undefined, true),
    kinds: (job) => run({ kind: 'kinds', job }, undefined, true),
    definitions: (job) => run({ kind: 'definitions', job }, undefined, true),
    release: () => {
      if (current?.kept) end(current);
    },
    close: () => {
      if (current) end(current);
    },
  };
}
