import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { clientCommands } from '../../server/src/protocol';
import { fixtures, TestClient } from './harness';

describe('workspace/configuration and workspace/didChangeConfiguration', function () {
  it('says in words what is wrong with invalid values, in one notification, and falls back to the defaults', async () => {
    const client = await TestClient.start({ settings: { corpus: { paths: 3 }, diagnostics: { contradicted: 'loud' } } });
    try {
      assert.equal(client.messages.length, 1, client.messages.join('\n'));
      const [message] = client.messages;
      assert.match(message, /grounded\.corpus\.paths is 3, but it must be a list of texts, such as \["sources"\]; it is ignored\./);
      assert.match(message, /grounded\.diagnostics\.contradicted is "loud", but it must be one of "error", "warning", "information", "hint", "off"; "warning" is used instead\./);
      assert.doesNotMatch(message, /Invalid (option|input)|expected one of/, 'not the validator’s words');
      const ready = client.statuses.find((s) => s.state === 'ready')!;
      assert.equal(ready.documents, 5, 'the bundled corpus is used');
    } finally {
      await client.stop();
    }
  });

  it('offers "Open Settings" on an invalid setting to clients that open them, and asks them to', async () => {
    const client = await TestClient.start({ settings: { diagnostics: { contradicted: 'loud' } }, initializationOptions: { openSettings: true } });
    try {
      const [request] = client.messageRequests;
      assert.deepEqual(request.actions, [{ title: 'Open Settings' }]);
      assert.equal(request.type, 1, 'an error');
      client.chooseAction = (r) => r.actions?.[0] ?? null;
      client.settings = { diagnostics: { contradicted: 'louder' } };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.until(() => client.openSettings.length > 0, 'grounded/openSettings');
      assert.deepEqual(client.openSettings, [{ query: 'grounded.diagnostics.contradicted' }]);
    } finally {
      await client.stop();
    }
  });

  it('reads a single corpus path written as a string as a list of one', async () => {
    const client = await TestClient.start({ workspaceFolder: fixtures, settings: { corpus: { paths: 'corpora/bad' } } });
    try {
      assert.deepEqual(client.messages, []);
      const ready = client.statuses.find((s) => s.state === 'ready')!;
      assert.deepEqual(ready.roots, [path.join(fixtures, 'corpora', 'bad')]);
      assert.equal(ready.documents, 4);
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

  it('tells a client without workspace/configuration that named no corpus how to name one (a warning, no prompt)', async () => {
    const client = await TestClient.start({ configuration: false });
    try {
      await client.until(() => client.logs.some((l) => l.includes('does not answer workspace/configuration')), 'the advice logged, after it is shown');
      assert.deepEqual(client.messageRequests, [], 'no prompt without actions');
      assert.equal(client.shownMessages.length, 1);
      assert.equal(client.shownMessages[0].type, 2, 'a warning');
      assert.match(client.shownMessages[0].message, /bundled sample corpus: this client does not answer workspace\/configuration.*"corpusPaths": \["sources"\]/);
    } finally {
      await client.stop();
    }
  });

  it('names initializationOptions.corpusPaths, not the setting, when those paths cannot be read, with no prompt', async () => {
    const missing = path.join(tmpdir(), 'grounded-sourcez');
    const client = await TestClient.start({ configuration: false, initializationOptions: { corpusPaths: [missing] } });
    try {
      await client.until(() => client.messages.length > 0, 'the notification');
      assert.deepEqual(client.messageRequests, [], 'no prompt without actions');
      assert.equal(client.shownMessages[0].type, 1, 'an error');
      assert.match(client.shownMessages[0].message, /Check initializationOptions\.corpusPaths\.$/);
      assert.doesNotMatch(client.messages.join('\n'), /grounded\.corpus\.paths|does not answer workspace/);
      assert.equal(client.statuses.at(-1)!.setting, 'initializationOptions.corpusPaths');
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

  it('a corpus that cannot be read is an error, said once with "Open Settings", and nothing is checked against it', async () => {
    const missing = path.join(tmpdir(), 'grounded-does-not-exist');
    const client = await TestClient.start({ settings: { corpus: { paths: [missing] } }, initializationOptions: { openSettings: true } });
    try {
      const status = client.statuses.at(-1)!;
      assert.equal(status.state, 'error');
      assert.equal(status.setting, 'grounded.corpus.paths');
      assert.equal(status.documents, 0);
      assert.ok(!client.statuses.some((s) => s.state === 'ready'), 'never said ready');
      await client.until(() => client.messageRequests.length > 0, 'the notification');
      const [request] = client.messageRequests;
      assert.match(request.message, new RegExp(`no corpus to check against: corpus path "${missing}" does not exist\\. Nothing is checked`));
      assert.deepEqual(request.actions, [{ title: 'Open Settings' }]);
      assert.ok(client.logs.some((l) => l.includes(missing) && l.includes('does not exist')), client.logs.join('\n'));

      const uri = 'untitled:no-corpus.md';
      await client.open(uri, 'Tencent a ouvert un centre de recherche en IA à Berlin en 2022.\n');
      assert.deepEqual(await client.nextDiagnostics(uri, 0), [], 'no claim checked against an empty corpus');

      // Another build of the same unreadable corpus is not a second notification.
      const seen = client.statuses.length;
      await client.request('grounded/reindex', null);
      await client.waitForSettled(seen);
      await client.until(() => client.logs.filter((l) => l.includes('no corpus to check against')).length === 2, 'the second build logged');
      assert.equal(client.messageRequests.length, 1);
    } finally {
      await client.stop();
    }
  });

  it('takes an empty list of corpus paths as none, as the protocol says: the bundled sample, with no notification', async () => {
    const client = await TestClient.start({ settings: { corpus: { paths: [] } }, initializationOptions: { openSettings: true } });
    try {
      await client.until(() => client.statuses.some((s) => s.state === 'ready'), 'the ready status');
      assert.equal(client.statuses.at(-1)!.documents, 5);
      const uri = 'untitled:empty-list.md';
      await client.open(uri, 'Alibaba Cloud exploite des centres de données dans 12 régions hors de Chine.\n');
      assert.deepEqual((await client.nextDiagnostics(uri, 0)).map((d) => d.code), ['contradicted-claim']);
      assert.deepEqual(client.messageRequests, []);
    } finally {
      await client.stop();
    }
  });

  it('reads severities and the language case-insensitively, and reports a wrong type for the checked claims', async () => {
    const client = await TestClient.start({ settings: { diagnostics: { contradicted: 'Warning', unsupported: ' OFF ' }, language: 'FR', claims: { checked: 'one' } } });
    try {
      assert.equal(client.messages.length, 1, client.messages.join('\n'));
      assert.match(client.messages[0], /^Grounded: grounded\.claims\.checked is "one", but it must be a list of texts; \[\] is used instead\.$/);
      const uri = 'untitled:severity.md';
      await client.open(uri, 'Alibaba Cloud exploite des centres de données dans 12 régions hors de Chine. Zorblax a livré 45 turbines en 2020.\n');
      const diagnostics = await client.nextDiagnostics(uri, 0);
      assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['contradicted-claim', 2]]);
    } finally {
      await client.stop();
    }
  });

  it('words corpus path problems in the display language, with no English inside a French notification', async () => {
    const missing = path.join(tmpdir(), 'grounded-sourcez');
    const client = await TestClient.start({ locale: 'fr', settings: { corpus: { paths: [missing] } } });
    try {
      await client.until(() => client.messages.length > 0, 'the notification');
      assert.equal(
        client.messages[0],
        `Grounded n’a aucun corpus pour vérifier : le chemin du corpus « ${missing} » n’existe pas. Rien n’est vérifié tant que le corpus ne peut pas être lu. Vérifiez grounded.corpus.paths.`,
      );
      client.settings = { corpus: { paths: [path.join(fixtures, 'corpora', 'bad'), missing] }, diagnostics: { contradicted: 'fort' } };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.until(() => client.messages.length >= 3, 'the two notifications');
      assert.ok(client.messages.includes(`Grounded : le chemin du corpus « ${missing} » n’existe pas ; les autres chemins du corpus sont utilisés. Vérifiez grounded.corpus.paths.`), client.messages.join('\n'));
      assert.ok(client.messages.some((m) => m.startsWith('Grounded : grounded.diagnostics.contradicted vaut "fort"')), client.messages.join('\n'));
    } finally {
      await client.stop();
    }
  });

  it('says which corpus paths cannot be read when the others can', async () => {
    const missing = path.join(tmpdir(), 'grounded-does-not-exist-either');
    const client = await TestClient.start({ settings: { corpus: { paths: [path.join(fixtures, 'corpora', 'bad'), missing] } } });
    try {
      assert.equal(client.statuses.at(-1)!.state, 'ready');
      await client.until(() => client.messages.length > 0, 'the notification');
      assert.match(client.messages[0], new RegExp(`corpus path "${missing}" does not exist; the other corpus paths are used`));
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
