import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { clientCommands } from '../../server/src/protocol';
import { fixtures, TestClient } from './harness';

describe('workspace/configuration and workspace/didChangeConfiguration', function () {
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

describe('workspace list of checked claims', function () {
  it('offers the command, and honours grounded.claims.checked', async () => {
    const client = await TestClient.start();
    try {
      const uri = 'untitled:checked.md';
      const text = 'Tencent a ouvert un centre de recherche en IA à Berlin en 2022.\n';
      await client.open(uri, text);
      const [d] = await client.nextDiagnostics(uri, 0);
      assert.equal(d.code, 'unsupported-claim');
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      const mark = actions.find((a) => a.command?.command === clientCommands.markCheckedInWorkspace)!;
      assert.deepEqual(mark.command!.arguments, ['Tencent a ouvert un centre de recherche en IA à Berlin en 2022.']);
      client.settings = { claims: { checked: ['tencent a ouvert un centre de recherche en IA a Berlin en 2022'] } };
      const seen = client.diagnosticsCount(uri);
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      assert.deepEqual(await client.nextDiagnostics(uri, seen), []);
    } finally {
      await client.stop();
    }
  });
});
