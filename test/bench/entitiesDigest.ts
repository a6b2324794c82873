/**
 * `node --import=tsx test/bench/entitiesDigest.ts DIR [--one-thread]`: builds the entities of a corpus folder the way
 * the server's build does (the second thread's jobs run in this process, one after the other) and prints the sha1 of
 * their JSON, their count and the stage times: for checking that a change to the build leaves its entities identical.
 */
import { createHash } from 'node:crypto';
import { buildIndexData, runHelperJob, type Helper, type HelperResult } from '../../server/src/core/index/buildIndex';
import { deserializeEntities } from '../../server/src/core/index/indexCache';
import { formatStages } from '../../server/src/core/index/stages';

async function main(): Promise<void> {
  const dir = process.argv[2];
  const inProcess = <R extends HelperResult>(job: Parameters<typeof runHelperJob>[0]) => Promise.resolve(runHelperJob(structuredClone(job)) as R);
  const helper: Helper | undefined = process.argv.includes('--one-thread')
    ? undefined
    : { index: (job) => inProcess({ kind: 'index', job }), candidates: (job) => inProcess({ kind: 'candidates', job }), kinds: (job) => inProcess({ kind: 'kinds', job }), definitions: (job) => inProcess({ kind: 'definitions', job }), release: () => undefined, close: () => undefined };
  let serialized: Uint8Array | undefined;
  let line = '';
  await buildIndexData({ roots: [dir], baseDir: process.cwd(), curated: [] }, { index: () => undefined, entities: (r) => ((serialized = r.serialized), (line = formatStages(r.stages))) }, helper);
  const entities = deserializeEntities(serialized!);
  const hash = createHash('sha1');
  for (const entity of entities) hash.update(JSON.stringify(entity));
  console.log(`${entities.length} entities, sha1 ${hash.digest('hex')}\n${line}`);
}

void main();
