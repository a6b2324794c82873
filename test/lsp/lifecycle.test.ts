import assert from 'node:assert/strict';
import { serverCommands } from '../../server/src/protocol';
import { TestClient } from './harness';
import { sharedClient } from './shared';

describe('initialize, shutdown, exit', function () {
  it('answers initialize with its capabilities', async () => {
    const client = await sharedClient('bundled');
    assert.equal(client.initializeResult.serverInfo?.name, 'grounded');
    assert.ok(client.initializeResult.capabilities.hoverProvider);
    assert.ok(client.initializeResult.capabilities.definitionProvider);
    assert.deepEqual(client.initializeResult.capabilities.executeCommandProvider?.commands, Object.values(serverCommands));
  });

  it('logs lines without a time of its own: the client stamps them (VS Code’s log channel does, once)', async () => {
    const client = await sharedClient('bundled');
    assert.ok(client.logs.length > 0);
    for (const line of client.logs) assert.doesNotMatch(line, /^\[\d{2}:\d{2}:\d{2}\]/, line);
  });

  it('shuts down cleanly on request', async () => {
    const other = await TestClient.start();
    await other.stop();
    assert.equal(other.process.exitCode, 0);
  });
});
