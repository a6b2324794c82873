import assert from 'node:assert/strict';
import * as path from 'node:path';
import { repoRoot } from './harness';
import { sharedClient } from './shared';

describe('grounded/status', function () {
  it('indexes the bundled corpus when no corpus path is set', async () => {
    const client = await sharedClient('bundled');
    const ready = client.statuses.find((s) => s.state === 'ready')!;
    assert.equal(ready.documents, 5);
    assert.ok(ready.sentences > 100, `sentences: ${ready.sentences}`);
    assert.equal(ready.problems, 0);
    assert.deepEqual(ready.roots, [path.join(repoRoot, 'corpus')]);
    assert.ok(client.statuses.findIndex((s) => s.state === 'indexing') < client.statuses.indexOf(ready));
  });

  it('reports the entity count in the status', async () => {
    const client = await sharedClient('space');
    assert.ok(client.statuses.at(-1)!.entities >= 10);
  });

  it('loads the usable files of a corpus holding bad ones, and counts the problems', async () => {
    const client = await sharedClient('bad');
    const ready = client.statuses.find((s) => s.state === 'ready')!;
    // good.md, malformed.md, wrong-types.md, latin1.txt load; empty.md and binary.txt do not.
    assert.equal(ready.documents, 4);
    assert.ok(ready.problems >= 5, `problems: ${ready.problems}`);
  });
});
