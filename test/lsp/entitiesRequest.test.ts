import assert from 'node:assert/strict';
import * as path from 'node:path';
import { entitiesRequest, type EntitySummary } from '../../server/src/protocol';
import { fileUri, fixtures } from './harness';
import { sharedClient } from './shared';

const space = path.join(fixtures, 'corpora', 'space');

describe('grounded/entities', function () {
  it('answers grounded/entities for the Entities view', async () => {
    const client = await sharedClient('space');
    const entities = await client.request<EntitySummary[]>(entitiesRequest.method, null);
    const benali = entities.find((e) => e.name === 'Karim Benali')!;
    assert.equal(benali.kind, 'person');
    assert.equal(benali.definition, 'directeur général d’Orbitex');
    assert.equal(benali.location?.uri, fileUri(path.join(space, 'orbitex-lanceur.md')));
  });

  it('answers a client that sends no parameters at all', async () => {
    const client = await sharedClient('space');
    const entities = (await client.connection.sendRequest(entitiesRequest.method)) as EntitySummary[];
    assert.ok(entities.some((e) => e.name === 'Karim Benali'));
  });
});
