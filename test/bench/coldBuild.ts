/**
 * `node --import=tsx test/bench/coldBuild.ts SIZE [RUNS]`: only the cold build of a real bench corpus (see real.ts)
 * through the server, RUNS times: search ready, entities ready, build CPU, peak RSS and the server's stage times,
 * each run's row and their medians; with --digest, the sha1 of the entities it cached (as entitiesDigest.ts gives it).
 * For iterating on the build without the requests and the warm start.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { deserializeEntities, readIndexCache } from '../../server/src/core/index/indexCache';
import { formatStages, parseStages, stages, type StageTimes } from '../../server/src/core/index/stages';
import { repoRoot, TestClient } from '../lsp/harness';
import { percentile, peakRssMB } from './real';

async function main(): Promise<void> {
  const size = Number(process.argv[2] ?? 10000);
  const runs = Number(process.argv[3] ?? 1);
  const dir = path.join(repoRoot, '.cache', 'bench', `real-${size}`);
  const rows: { search: number; entities: number; cpu: number; rss: number; load: string; stages: StageTimes }[] = [];
  for (let run = 0; run < runs; run++) {
    const storage = mkdtempSync(path.join(tmpdir(), 'grounded-cold-'));
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    const started = performance.now();
    const client = await TestClient.start({ settings: { corpus: { paths: [dir] } }, initializationOptions: { storagePath: storage }, nodeArgs: process.env.COLD_NODE_ARGS?.split(' ').filter(Boolean), readyTimeoutMs: 30 * 60_000 });
    const ready = performance.now() - started;
    const fields = readFileSync(`/proc/${client.process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const cpu = (Number(fields[11]) + Number(fields[12])) / 100;
    await client.until(() => client.logs.some((l) => /Saved the index cache|Could not write the index cache/.test(l)), 'the index cache', 10 * 60_000);
    const line = client.logs.map((l) => /Build stages \(s\): (.*)$/.exec(l)?.[1]).find((l) => l !== undefined) ?? '';
    const rss = peakRssMB(client.process.pid!);
    await client.stop();
    // The sha1 of the entities the server cached (as entitiesDigest.ts prints it), with --digest.
    if (process.argv.includes('--digest')) {
      const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
      const cacheFile = files(storage).find((f) => f.endsWith('.bin') && !f.endsWith('.entities.bin'))!;
      const entities = deserializeEntities((await readIndexCache(cacheFile))!.entities!.serialized);
      const hash = createHash('sha1');
      for (const entity of entities) hash.update(JSON.stringify(entity));
      console.log(`${entities.length} entities, sha1 ${hash.digest('hex')}`);
    }
    rmSync(storage, { recursive: true, force: true });
    const row = { search: ((client.searchReadyAt ?? started) - started) / 1000, entities: ready / 1000, cpu, rss, load: `${load}/${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`, stages: parseStages(line) };
    rows.push(row);
    console.log(`run ${run + 1}: search ${row.search.toFixed(1)} s, entities ${row.entities.toFixed(1)} s, CPU ${cpu.toFixed(1)} s, peak RSS ${Math.round(rss)} MB, load ${row.load}, entities ${client.statuses.at(-1)?.entities}\n  ${formatStages(row.stages)}`);
  }
  const median = (values: number[]) => percentile(values, 50);
  const medianStages: StageTimes = {};
  for (const stage of stages) if (rows.some((r) => r.stages[stage] !== undefined)) medianStages[stage] = median(rows.map((r) => r.stages[stage] ?? 0));
  console.log(`median of ${runs}: search ${median(rows.map((r) => r.search)).toFixed(1)} s, entities ${median(rows.map((r) => r.entities)).toFixed(1)} s, CPU ${median(rows.map((r) => r.cpu)).toFixed(1)} s, peak RSS ${Math.round(median(rows.map((r) => r.rss)))} MB\n  ${formatStages(medianStages)}`);
}

void main();
