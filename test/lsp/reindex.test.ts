import assert from 'node:assert/strict';
import { reindexRequest } from '../../server/src/protocol';
import { TestClient } from './harness';

describe('grounded/reindex', function () {
  it('rebuilds the index and answers once the new one is ready', async () => {
    const client = await TestClient.start();
    try {
      const seen = client.statuses.length;
      assert.equal(await client.request(reindexRequest.method, null), null);
      const later = client.statuses.slice(seen).map((s) => `${s.state}${s.entitiesPending ? ' (entities pending)' : ''}`);
      assert.deepEqual(later, ['indexing', 'ready (entities pending)', 'ready']);
    } finally {
      await client.stop();
    }
  });
});
