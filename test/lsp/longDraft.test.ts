import assert from 'node:assert/strict';
import type { Hover } from 'vscode-languageserver-protocol';
import { TestClient } from './harness';

/** A long draft of distinct claims (each is checked: none reuses another's verdict). */
function longDraft(sentences: number): string {
  const lines = ['# Note longue', ''];
  for (let i = 0; i < sentences; i++) lines.push(`Alibaba Cloud exploite ${i + 3} centres de données en Malaisie depuis ${1990 + (i % 30)}.`, '');
  return lines.join('\n');
}

describe('a long draft is checked without blocking the server', function () {
  this.timeout(120_000);
  let client: TestClient;

  before(async () => {
    client = await TestClient.start();
  });

  after(async () => {
    await client.stop();
  });

  it('answers a hover while the draft is being checked, shows findings as they come, and an edit cancels the check', async () => {
    const uri = 'untitled:long-draft.md';
    const text = longDraft(5000);
    const opened = performance.now();
    await client.open(uri, text);
    // A hover on the last claim's first name, asked at once: it checks that sentence alone, not the whole draft first.
    const line = text.split('\n').length - 2;
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: 3 } });
    const hoverAt = performance.now();
    assert.match(JSON.stringify(hover), /Alibaba Cloud/);
    const final = await client.until(
      () => {
        const latest = client.latestDiagnostics(uri);
        return latest && latest.length >= 4900 ? latest : undefined;
      },
      'all findings',
      100_000,
    );
    const doneAt = performance.now();
    assert.ok(hoverAt - opened < (doneAt - opened) / 2, `hover at ${Math.round(hoverAt - opened)} ms, check done at ${Math.round(doneAt - opened)} ms`);
    assert.ok(client.diagnosticsCount(uri) >= 2, 'findings published before the end of the check');
    assert.ok(final.length >= 4900);

    // An edit while a long check runs: the old check stops, the new version's findings come.
    const seen = client.diagnosticsCount(uri);
    await client.change(uri, `${text}\nTencent emploie 12 personnes.\n`, 2);
    await client.change(uri, text.replace('Alibaba Cloud exploite 3 centres', 'Alibaba Cloud exploite 4 centres'), 3);
    await client.until(() => client.diagnosticsCount(uri) > seen && client.versionOfLatest(uri) === 3, 'findings of version 3', 100_000);
  });
});
