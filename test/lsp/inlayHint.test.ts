import assert from 'node:assert/strict';
import type { InlayHint } from 'vscode-languageserver-protocol';
import { devDraft, openDevDraft } from './shared';

describe('textDocument/inlayHint', function () {
  it('names the source of supported claims in inlay hints', async () => {
    const { client } = await openDevDraft();
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri: devDraft.uri },
      range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } },
    });
    const labels = hints.map((h) => String(h.label));
    assert.ok(labels.includes('✓ @tencent-baidu-strategies'), labels.join(', '));
  });
});
