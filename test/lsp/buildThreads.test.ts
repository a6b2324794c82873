import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { EntitySummary } from '../../server/src/protocol';
import { buildIndexData } from '../../server/src/core/index/buildIndex';
import { deserializeEntities } from '../../server/src/core/index/indexCache';
import { fixtures, TestClient } from './harness';

/**
 * A corpus large enough for the server's build to use its second thread (one thread per job: indexing, candidates,
 * definitions), and the entities handed to the main thread only once the build thread has ended.
 */
describe('a build on two threads (320 real articles)', function () {
  this.timeout(120_000);
  const corpus = path.join(fixtures, 'eval', 'real-dev', 'corpus-en');
  let client: TestClient;
  let storage: string;

  before(async () => {
    storage = mkdtempSync(path.join(tmpdir(), 'grounded-threads-'));
    client = await TestClient.start({ settings: { corpus: { paths: [corpus] } }, initializationOptions: { storagePath: storage }, readyTimeoutMs: 110_000 });
  });

  after(async () => {
    await client?.stop();
    rmSync(storage, { recursive: true, force: true });
  });

  it('gives the entities a build on one thread gives: names, kinds, counts and definitions, in order', async () => {
    let serialized: Uint8Array | undefined;
    await buildIndexData({ roots: [corpus], baseDir: '/', curated: [] }, { index: () => undefined, entities: (e) => (serialized = e.serialized) });
    const expected = deserializeEntities(serialized!).map((e) => [e.id, e.kind, e.mentions.length, e.documents, e.definition?.source === 'sentence' ? e.definition.sentence : e.definition?.text]);
    const summaries = await client.request<EntitySummary[]>('grounded/entities', null);
    assert.ok(expected.length > 1000);
    assert.deepEqual(
      summaries.map((e) => [e.id, e.kind, e.mentions, e.documents, e.definition]),
      expected,
    );
  });

  it('says the corpus is ready with its entities, and writes the cache after them', async () => {
    const last = client.statuses.at(-1)!;
    assert.equal(last.state, 'ready');
    assert.ok(!last.entitiesPending);
    assert.equal(last.entities, (await client.request<EntitySummary[]>('grounded/entities', null)).length);
    await client.until(() => client.logs.some((l) => /Saved the index cache/.test(l)), 'the index cache', 30_000);
    const extracted = client.logs.findIndex((l) => /^Extracted \d+ entities/.test(l));
    const saved = client.logs.findIndex((l) => /Saved the index cache/.test(l));
    assert.ok(extracted >= 0 && extracted < saved, client.logs.join('\n'));
  });
});
