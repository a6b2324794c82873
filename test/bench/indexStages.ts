/**
 * The search-ready path of a build on one thread, in process: read, sentences and index (indexShare over every
 * file, as one indexing thread runs it), then the BM25 arrays of the records (bm25DataOf, as the build makes them). Prints the stage seconds, this
 * process's CPU seconds (user + system, process.cpuUsage) and a SHA-1 of everything the stages produce (the
 * vocabulary, each document's metadata and record, the BM25 arrays), so that a change meant to be faster only can
 * be shown to give the same index.
 *
 *   node --import=tsx test/bench/indexStages.ts DIR [--runs N]
 *   node --cpu-prof --import=tsx test/bench/indexStages.ts DIR   (a CPU profile of one indexing thread)
 */
import { createHash } from 'node:crypto';
import { listCorpusFiles } from '../../server/src/core/corpus/files';
import { bm25DataOf } from '../../server/src/core/index/bm25';
import { indexShare, type ShareResult } from '../../server/src/core/index/buildIndex';
import { formatStages } from '../../server/src/core/index/stages';

/** A SHA-1 of the vocabulary, the documents' metadata and records, and the BM25 arrays built from them. */
function hashOf(result: ShareResult): { hash: string; bm25Seconds: number; sentences: number } {
  const hash = createHash('sha1');
  const bytes = (a: ArrayBufferView) => hash.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  hash.update(JSON.stringify(result.vocabulary));
  hash.update(JSON.stringify(result.problems));
  let sentences = 0;
  for (const { meta, record } of result.documents) {
    const { mtimeMs: _time, ...stable } = meta;
    hash.update(JSON.stringify(stable));
    for (const part of [record.terms, record.starts, record.names, record.layout]) bytes(part);
    sentences += record.starts.length - 1;
  }
  const started = performance.now();
  const data = bm25DataOf(result.documents.map((d) => d.record));
  const bm25Seconds = (performance.now() - started) / 1000;
  for (const part of [data.terms, data.starts, data.ids, data.tfs, data.dfs, data.lengths, data.alive]) bytes(part);
  hash.update(`${data.count} ${data.liveCount} ${data.totalLength}`);
  return { hash: hash.digest('hex'), bm25Seconds, sentences };
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  const at = process.argv.indexOf('--runs');
  const runs = at > 0 ? Number(process.argv[at + 1]) : 1;
  const { files } = await listCorpusFiles([dir], process.cwd());
  for (let run = 0; run < runs; run++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const result = indexShare({ files, vocabulary: [], previous: [] });
    const { hash, bm25Seconds, sentences } = hashOf(result);
    const used = process.cpuUsage(cpu);
    console.log(
      JSON.stringify({
        files: files.length,
        sentences,
        stages: formatStages(result.stages),
        bm25: Number(bm25Seconds.toFixed(2)),
        'wall (s)': Number(((performance.now() - started) / 1000).toFixed(2)),
        'cpu (s)': Number(((used.user + used.system) / 1e6).toFixed(2)),
        load: require('node:fs').readFileSync('/proc/loadavg', 'utf8').split(' ')[0],
        hash,
      }),
    );
  }
}

void main();
