import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileUri, fixtures, TestClient } from './harness';

/** The draft on the second corpus (rail and energy), written for the tests, against its expected findings. */
describe('the rail draft against the rail corpus', function () {
  const draftPath = path.join(fixtures, 'eval', 'draft.rail.md');
  const text = readFileSync(draftPath, 'utf8');
  const doc = TextDocument.create('x', 'markdown', 1, text);
  const expected = JSON.parse(readFileSync(path.join(fixtures, 'eval', 'draft.rail.expected.json'), 'utf8')) as {
    claims: { text: string; label: string }[];
    citations: { citation: string; expect: string; text: string }[];
    mustIgnore: string[];
  };
  let client: TestClient;
  let diagnostics: Diagnostic[];
  const uri = fileUri(draftPath);

  before(async () => {
    client = await TestClient.start({ settings: { corpus: { paths: [path.join(fixtures, 'corpora', 'rail')] } } });
    await client.open(uri, text);
    // Settled: on a loaded machine the first findings of the draft are published before the rest.
    diagnostics = (await client.settledDiagnostics(uri, 0)).diagnostics;
  });

  after(async () => {
    await client.stop();
  });

  const within = (d: Diagnostic, sentence: string) => {
    const start = text.indexOf(sentence);
    return start >= 0 && doc.offsetAt(d.range.start) >= start && doc.offsetAt(d.range.end) <= start + sentence.length;
  };

  for (const c of expected.citations) {
    it(`citation ${c.citation} is ${c.expect}`, () => {
      const found = diagnostics.filter((d) => within(d, c.text) && (d.code === 'unknown-source' || d.code === 'miscited-claim'));
      if (c.expect === 'ok') assert.deepEqual(found, []);
      else assert.ok(found.some((d) => d.code === c.expect), JSON.stringify(found));
    });
  }

  it('never flags text in code blocks or HTML comments', () => {
    for (const ignored of expected.mustIgnore) {
      const at = text.indexOf(ignored);
      assert.ok(at >= 0, ignored);
      assert.ok(!diagnostics.some((d) => doc.offsetAt(d.range.end) > at && doc.offsetAt(d.range.start) < at + ignored.length), ignored);
    }
  });

  it('flags no question, signposting or opinion', () => {
    for (const c of expected.claims.filter((x) => x.label === 'none')) {
      assert.ok(!diagnostics.some((d) => within(d, c.text)), c.text);
    }
  });

  it('agrees with the expected label on at least 80 % of the claims', () => {
    const claims = expected.claims.filter((c) => c.label !== 'none');
    const agreeing = claims.filter((c) => {
      assert.ok(text.includes(c.text), c.text);
      const codes = diagnostics.filter((d) => within(d, c.text)).map((d) => d.code);
      const verdict = codes.includes('contradicted-claim') ? 'contradicted' : codes.includes('unsupported-claim') ? 'unsupported' : 'supported';
      return verdict === c.label;
    });
    assert.ok(agreeing.length / claims.length >= 0.8, `${agreeing.length}/${claims.length}`);
  });
});
