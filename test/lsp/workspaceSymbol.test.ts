import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Location, SymbolInformation } from 'vscode-languageserver-protocol';
import { fileUri, repoRoot } from './harness';
import { sharedClient } from './shared';

describe('workspace/symbol', function () {
  it('finds entities by name in workspace symbols', async () => {
    const client = await sharedClient('space');
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'lemaitre' });
    assert.equal(symbols[0].name, 'Inès Lemaître');
  });

  it('finds a source by title words through workspace/symbol', async () => {
    const client = await sharedClient('bundled');
    const symbols = await client.request<{ name: string; containerName?: string; location: Location }[]>('workspace/symbol', { query: 'strategies tencent' });
    assert.equal(symbols[0].containerName, '@tencent-baidu-strategies');
    assert.equal(symbols[0].location.uri, fileUri(path.join(repoRoot, 'corpus', 'tencent-baidu-strategies.md')));
  });
});
