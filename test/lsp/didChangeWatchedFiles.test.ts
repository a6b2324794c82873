import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { reindexRequest } from '../../server/src/protocol';
import { TestClient } from './harness';

describe('workspace/didChangeWatchedFiles: corpus file changes', function () {
  let dir: string;
  let client: TestClient;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'grounded-watch-'));
    writeFileSync(path.join(dir, 'a.md'), '---\nid: a\ntitle: Premier titre\n---\n\nUne phrase. Une autre phrase.\n');
    writeFileSync(path.join(dir, 'b.md'), '---\nid: b\n---\n\nLe document b.\n');
    client = await TestClient.start({ settings: { corpus: { paths: [dir] } } });
  });

  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('re-indexes a changed file alone', async () => {
    assert.equal(client.statuses.at(-1)!.sentences, 3);
    writeFileSync(path.join(dir, 'a.md'), '---\nid: a\ntitle: Nouveau titre\n---\n\nUne. Deux. Trois. Quatre.\n');
    const seen = client.statuses.length;
    const logsBefore = client.logs.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${path.join(dir, 'a.md')}`, type: 2 }] });
    const status = await client.waitForStatus('ready', seen);
    assert.equal(status.sentences, 5);
    const newLogs = client.logs.slice(logsBefore).join('\n');
    assert.match(newLogs, /Re-indexed .*a\.md/);
    // The build that follows (for entities and the cache) reads no file again: a.md is indexed already.
    await client.until(() => client.logs.slice(logsBefore).find((l) => /2 of 2 documents reused from the index in use/.test(l)), 'the follow-up build');
  });

  it('drops a deleted file', async () => {
    rmSync(path.join(dir, 'b.md'));
    const seen = client.statuses.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${path.join(dir, 'b.md')}`, type: 3 }] });
    const status = await client.waitForStatus('ready', seen);
    assert.equal(status.documents, 1);
  });

  it('ignores files outside the corpus', async () => {
    const seen = client.statuses.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///elsewhere/notes.md', type: 2 }] });
    await client.request(reindexRequest.method, null);
    const later = client.statuses.slice(seen);
    assert.equal(later.filter((s) => s.state === 'indexing').length, 1, 'only the explicit re-index rebuilt');
  });
});
