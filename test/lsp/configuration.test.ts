import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fixtures, TestClient } from './harness';

describe('settings through workspace/configuration', function () {
  it('reports an invalid value with its key and falls back to the default', async () => {
    const client = await TestClient.start({ settings: { corpus: { paths: 'not-an-array' }, diagnostics: { contradicted: 'loud' } } });
    try {
      assert.ok(client.messages.some((m) => m.includes('grounded.corpus.paths')), client.messages.join('\n'));
      assert.ok(client.messages.some((m) => m.includes('grounded.diagnostics.contradicted')), client.messages.join('\n'));
      const ready = client.statuses.find((s) => s.state === 'ready')!;
      assert.equal(ready.documents, 5, 'the bundled corpus is used');
    } finally {
      await client.stop();
    }
  });

  it('re-indexes when grounded.corpus.paths changes', async () => {
    const client = await TestClient.start();
    try {
      assert.equal(client.statuses.find((s) => s.state === 'ready')!.documents, 5);
      const seen = client.statuses.length;
      client.settings = { corpus: { paths: [path.join(fixtures, 'corpora', 'bad')] } };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const ready = await client.waitForStatus('ready', seen);
      assert.equal(ready.documents, 4);
      assert.deepEqual(ready.roots, [path.join(fixtures, 'corpora', 'bad')]);
    } finally {
      await client.stop();
    }
  });

  it('resolves relative corpus paths against the workspace folder', async () => {
    const client = await TestClient.start({ workspaceFolder: fixtures, settings: { corpus: { paths: ['corpora/bad'] } } });
    try {
      assert.deepEqual(client.statuses.find((s) => s.state === 'ready')!.roots, [path.join(fixtures, 'corpora', 'bad')]);
    } finally {
      await client.stop();
    }
  });

  it('takes initializationOptions.corpusPaths from clients without workspace/configuration', async () => {
    const client = await TestClient.start({ configuration: false, initializationOptions: { corpusPaths: [path.join(fixtures, 'corpora', 'bad')] } });
    try {
      assert.equal(client.statuses.find((s) => s.state === 'ready')!.documents, 4);
    } finally {
      await client.stop();
    }
  });

  it('reports invalid settings pushed by a client without workspace/configuration, as pulled ones', async () => {
    const client = await TestClient.start({ configuration: false, initializationOptions: { corpusPaths: [path.join(fixtures, 'corpora', 'bad')] } });
    try {
      const seen = client.statuses.length;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { grounded: { diagnostics: { contradicted: 'loud' } } } });
      await client.until(() => client.messages.some((m) => m.includes('grounded.diagnostics.contradicted')), 'the invalid setting reported');
      assert.equal(client.statuses.length, seen, 'the corpus of the initialization options still holds: no re-index');
    } finally {
      await client.stop();
    }
  });

  it('reports invalid initialization options', async () => {
    const client = await TestClient.start({ initializationOptions: { untrusted: 'yes' } });
    try {
      assert.ok(client.messages.some((m) => m.includes('initializationOptions.untrusted')), client.messages.join('\n'));
    } finally {
      await client.stop();
    }
  });

  it('reports a corpus path that does not exist and still answers', async () => {
    const missing = path.join(tmpdir(), 'grounded-does-not-exist');
    const client = await TestClient.start({ settings: { corpus: { paths: [missing] } } });
    try {
      const ready = client.statuses.find((s) => s.state === 'ready')!;
      assert.equal(ready.documents, 0);
      assert.ok(client.logs.some((l) => l.includes(missing) && l.includes('does not exist')), client.logs.join('\n'));
    } finally {
      await client.stop();
    }
  });
});

describe('corpus file changes (workspace/didChangeWatchedFiles)', function () {
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
    await client.request('grounded/reindex', null);
    const later = client.statuses.slice(seen);
    assert.equal(later.filter((s) => s.state === 'indexing').length, 1, 'only the explicit re-index rebuilt');
  });
});
