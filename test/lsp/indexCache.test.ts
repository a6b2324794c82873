import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import { positionOf, TestClient } from './harness';

describe('persisted index (storage folder)', function () {
  let storage: string;

  before(() => {
    storage = mkdtempSync(path.join(tmpdir(), 'grounded-storage-'));
  });

  after(() => rmSync(storage, { recursive: true, force: true }));

  const start = () => TestClient.start({ initializationOptions: { storagePath: storage } });
  const until = (client: TestClient, pattern: RegExp) => client.until(() => client.logs.some((l) => pattern.test(l)), `log ${pattern}`);

  it('writes the cache after indexing, and a restart reuses documents and entities', async () => {
    const first = await start();
    try {
      await until(first, /Saved the index cache/);
    } finally {
      await first.stop();
    }
    const files = readdirSync(storage);
    assert.equal(files.filter((f) => f.endsWith('.entities.bin')).length, 1, 'an entities file');
    assert.equal(files.filter((f) => f.endsWith('.bin')).length, 2, 'and an index file beside it');
    assert.ok(!files.some((f) => f.endsWith('.tmp')), 'no temporary left');
    const second = await start();
    try {
      assert.ok(second.logs.some((l) => /5 of 5 documents from the cache/.test(l)), second.logs.join('\n'));
      assert.ok(second.logs.some((l) => /\d+ entities from the cache/.test(l)));
      assert.ok(!second.logs.some((l) => /Extracted \d+ entities/.test(l)), 'no new extraction');
      await until(second, /The index cache is up to date/);
      const uri = 'untitled:warm.md';
      const text = 'Martin Lau, président de Tencent, parle.\n';
      await second.open(uri, text);
      const hover = await second.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'Martin', 2) });
      assert.match((hover.contents as { value: string }).value, /président de Tencent/);
    } finally {
      await second.stop();
    }
  });

  it('discards a corrupt cache and rebuilds', async () => {
    const [file] = readdirSync(storage).filter((f) => f.endsWith('.bin') && !f.endsWith('.entities.bin'));
    writeFileSync(path.join(storage, file), 'not a cache');
    const client = await start();
    try {
      assert.equal(client.statuses.find((s) => s.state === 'ready')!.documents, 5);
      assert.ok(!client.logs.some((l) => /from the cache/.test(l)));
      await until(client, /Extracted \d+ entities/);
    } finally {
      await client.stop();
    }
  });

  it('on a restart, reads again only the files changed while the server was off', async () => {
    const corpus = mkdtempSync(path.join(tmpdir(), 'grounded-warm-corpus-'));
    const own = mkdtempSync(path.join(tmpdir(), 'grounded-warm-storage-'));
    const write = (name: string, body: string) => writeFileSync(path.join(corpus, name), `---\nid: ${name.replace('.md', '')}\n---\n\n${body}\n`);
    write('a.md', 'Le port de Brest a traité 42 000 conteneurs en 2021.');
    write('b.md', 'La coopérative Volta emploie 310 personnes.');
    write('c.md', 'Le pont de Térénez mesure 515 mètres.');
    const options = { settings: { corpus: { paths: [corpus] } }, initializationOptions: { storagePath: own } };
    try {
      const first = await TestClient.start(options);
      await first.until(() => first.logs.some((l) => /Saved the index cache/.test(l)), 'the cache');
      await first.stop();
      write('b.md', 'La coopérative Volta emploie 420 personnes. Elle exporte vers Vigo.');
      const second = await TestClient.start(options);
      try {
        assert.ok(second.logs.some((l) => /2 of 3 documents from the cache/.test(l)), second.logs.join('\n'));
        assert.equal(second.statuses.at(-1)!.sentences, 4);
        assert.ok(second.logs.some((l) => /Extracted \d+ entities/.test(l)), 'entities extracted again: a file changed');
        const uri = 'untitled:warm-changed.md';
        const text = 'La coopérative Volta emploie 310 personnes.\n';
        await second.open(uri, text);
        const diagnostics = await second.nextDiagnostics(uri, 0);
        assert.ok(diagnostics.some((d) => d.code === 'contradicted-claim' && /420/.test(JSON.stringify(d.message))), JSON.stringify(diagnostics));
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(corpus, { recursive: true, force: true });
      rmSync(own, { recursive: true, force: true });
    }
  });

  it('on a restart with the corpus unchanged but its entities file cut short, extracts the same entities from the cache’s index', async () => {
    const own = mkdtempSync(path.join(tmpdir(), 'grounded-cut-storage-'));
    const options = { initializationOptions: { storagePath: own } };
    const entityCount = (client: TestClient) => client.statuses.at(-1)!.entities;
    try {
      const first = await TestClient.start(options);
      await first.until(() => first.logs.some((l) => /Saved the index cache/.test(l)), 'the cache');
      const count = entityCount(first);
      await first.stop();
      const [entities] = readdirSync(own).filter((f) => f.endsWith('.entities.bin'));
      writeFileSync(path.join(own, entities), readFileSync(path.join(own, entities)).subarray(0, -1));
      const second = await TestClient.start(options);
      try {
        assert.ok(second.logs.some((l) => /5 of 5 documents from the cache/.test(l)), second.logs.join('\n'));
        assert.ok(second.logs.some((l) => /Extracted \d+ entities/.test(l)), 'extracted again');
        assert.equal(entityCount(second), count);
        const uri = 'untitled:cut.md';
        const text = 'Martin Lau, président de Tencent, parle.\n';
        await second.open(uri, text);
        const hover = await second.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'Martin', 2) });
        assert.match((hover.contents as { value: string }).value, /président de Tencent/);
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });

  it('re-indexes a file found changed when a request reads it again', async () => {
    const corpus = mkdtempSync(path.join(tmpdir(), 'grounded-stale-corpus-'));
    writeFileSync(path.join(corpus, 'a.md'), '---\nid: a\n---\n\nLe port de Brest a traité 42 000 conteneurs en 2021.\n');
    const client = await TestClient.start({ settings: { corpus: { paths: [corpus] } } });
    try {
      // Changed behind the server's back: no watcher event.
      writeFileSync(path.join(corpus, 'a.md'), '---\nid: a\n---\n\nLe port de Brest a traité 57 000 conteneurs en 2021. Un record.\n');
      const uri = 'untitled:stale.md';
      const text = 'Le port de Brest a traité 42 000 conteneurs en 2021.\n';
      await client.open(uri, text);
      await client.nextDiagnostics(uri, 0);
      await client.until(() => client.logs.some((l) => /Re-indexed .*a\.md/.test(l)), 'the stale file re-indexed');
      await client.until(() => client.statuses.at(-1)?.sentences === 2 && !client.statuses.at(-1)?.entitiesPending, 'the new sentence count');
    } finally {
      await client.stop();
      rmSync(corpus, { recursive: true, force: true });
    }
  });
});

describe('index cache for clients without a storage folder (Neovim, Emacs, Helix)', function () {
  let home: string;

  beforeEach(() => {
    home = mkdtempSync(path.join(tmpdir(), 'grounded-xdg-'));
  });

  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('keeps the cache in $XDG_CACHE_HOME/grounded, as the CLI does, so the next start is warm', async () => {
    const options = { env: { XDG_CACHE_HOME: home } };
    const first = await TestClient.start(options);
    try {
      await first.until(() => first.logs.some((l) => l.includes(`Saved the index cache ${path.join(home, 'grounded')}`)), 'the cache in XDG_CACHE_HOME');
    } finally {
      await first.stop();
    }
    assert.ok(readdirSync(path.join(home, 'grounded')).some((f) => f.endsWith('.entities.bin')));
    const second = await TestClient.start(options);
    try {
      assert.ok(second.logs.some((l) => /5 of 5 documents from the cache/.test(l)), second.logs.join('\n'));
      assert.ok(second.logs.some((l) => /\d+ entities from the cache/.test(l)), second.logs.join('\n'));
    } finally {
      await second.stop();
    }
  });

  it('takes initializationOptions.cacheDir before any other folder, and keeps no cache with cacheDir: false', async () => {
    const own = path.join(home, 'own');
    const chosen = await TestClient.start({ env: { XDG_CACHE_HOME: home }, initializationOptions: { cacheDir: own, storagePath: path.join(home, 'storage') } });
    try {
      await chosen.until(() => chosen.logs.some((l) => l.includes(`Saved the index cache ${own}`)), 'the cache in cacheDir');
    } finally {
      await chosen.stop();
    }
    assert.ok(!existsSync(path.join(home, 'grounded')) && !existsSync(path.join(home, 'storage')));
    const none = await TestClient.start({ env: { XDG_CACHE_HOME: home }, initializationOptions: { cacheDir: false } });
    try {
      // The corpus watchers are registered when the build has ended, cache included.
      await none.until(() => none.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'), 'the build to end');
      assert.ok(!none.logs.some((l) => /index cache/.test(l)), none.logs.join('\n'));
      assert.deepEqual(readdirSync(home), ['own']);
    } finally {
      await none.stop();
    }
  });
});
