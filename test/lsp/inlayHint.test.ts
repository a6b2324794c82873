import assert from 'node:assert/strict';
import type { InlayHint } from 'vscode-languageserver-protocol';
import { devDraft, openDevDraft, sharedClient } from './shared';

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

  it('shows ✓ only at the end of a finished, supported sentence without a finding, before its final punctuation', async () => {
    const client = await sharedClient('bundled');
    const uri = 'untitled:hints.md';
    const supported = 'Les puces Ascend de Huawei sont déjà déployées en Malaisie.';
    const text = `${supported} Alibaba Cloud exploite des centres de données dans 12 régions hors de Chine.\n\nTrump envisage un tarif de\n`;
    await client.open(uri, text);
    await client.nextDiagnostics(uri, 0);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } });
    assert.deepEqual(
      hints.map((h) => [String(h.label), h.position]),
      [['✓ @cloud-ia-international', { line: 0, character: supported.length - 1 }]],
      'none on the contradicted sentence nor on the unfinished one',
    );
  });
});
