import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileUri, TestClient } from './harness';

/** Claims on the bundled corpus whose findings are known: each is contradicted on the figure named. */
const regions = 'Alibaba Cloud exploite des centres de données dans 12 régions hors de Chine.';
const engineers = "Chaque année, la Chine diplôme 1,2 million d'ingénieurs";

/** Each finding as "code:covered text@line". */
function described(text: string, diagnostics: Diagnostic[]): string[] {
  const doc = TextDocument.create('x', 'markdown', 1, text);
  return diagnostics.map((d) => `${d.code}:${text.slice(doc.offsetAt(d.range.start), doc.offsetAt(d.range.end))}@${d.range.start.line}`);
}

describe('hard line breaks and links inside a sentence, through the server (bundled corpus)', function () {
  this.timeout(60_000);
  let client: TestClient;
  let count = 0;
  const folder = path.join(tmpdir(), 'grounded-breaks');

  async function check(text: string): Promise<string[]> {
    const uri = fileUri(path.join(folder, `draft-${count++}.md`));
    await client.open(uri, text);
    return described(text, await client.nextDiagnostics(uri, 0));
  }

  before(async () => {
    client = await TestClient.start();
  });

  after(async () => {
    await client.stop();
  });

  it('checks the lines on either side of a hard break (backslash) as two claims, each on its own figure', async () => {
    assert.deepEqual(await check(`${engineers}\\\n${regions}\n`), ['contradicted-claim:1,2 million@0', 'contradicted-claim:12@1']);
  });

  it('checks the lines on either side of a hard break (two trailing spaces) as two claims', async () => {
    assert.deepEqual(await check(`${engineers}  \n${regions}\n`), ['contradicted-claim:1,2 million@0', 'contradicted-claim:12@1']);
  });

  it('checks a sentence with a link inside it, the finding on the figure', async () => {
    const text = 'Alibaba Cloud [exploite](http://example.org/cloud) des centres de données dans 12 régions hors de Chine.\n';
    assert.deepEqual(await check(text), ['contradicted-claim:12@0']);
  });

  it('checks a sentence whose figure is a link’s text, the finding on the figure', async () => {
    const text = 'Alibaba Cloud exploite des centres de données dans [12 régions](http://example.org/cloud) hors de Chine.\n';
    assert.deepEqual(await check(text), ['contradicted-claim:12@0']);
  });
});
