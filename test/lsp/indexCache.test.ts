import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
    assert.equal(readdirSync(storage).filter((f) => f.endsWith('.bin')).length, 1, 'one cache file, no temporary left');
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
    const [file] = readdirSync(storage).filter((f) => f.endsWith('.bin'));
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
});
