import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, fixtures, repoRoot, TestClient } from './harness';
import { applyEdits, corpora, devDraft, openDevDraft, sharedClient, textAt } from './shared';

describe('textDocument/publishDiagnostics', function () {
  describe('claims of the dev draft (bundled corpus)', function () {
    let diagnostics: Diagnostic[];

    before(async () => {
      ({ diagnostics } = await openDevDraft());
    });

    const find = (code: string, covered: string) => diagnostics.find((d) => d.code === code && textAt(devDraft.text, d) === covered);

    it('flags the wrong count of regions on the figure itself, naming the source value', () => {
      const d = find('contradicted-claim', '12');
      assert.ok(d, JSON.stringify(diagnostics.map((x) => [x.code, textAt(devDraft.text, x)])));
      assert.equal(d.source, 'grounded');
      assert.equal(d.severity, 2, 'warning by default');
      assert.equal(d.message, '« 12 régions » → la source dit « plus de 29 régions » (@cloud-ia-international)');
    });

    it('points the contradiction at the evidence passage', () => {
      const d = find('contradicted-claim', '12')!;
      const related = d.relatedInformation![0];
      assert.equal(related.location.uri, fileUri(path.join(repoRoot, 'corpus', 'cloud-ia-international.md')));
      const corpusText = readFileSync(path.join(repoRoot, 'corpus', 'cloud-ia-international.md'), 'utf8');
      assert.match(textAt(corpusText, related.location), /29 régions hors de Chine/);
    });

    it('flags the wrong number of engineers and the wrong tariff in a block quote', () => {
      assert.ok(find('contradicted-claim', '1,2 million'));
      assert.ok(find('contradicted-claim', '35'));
    });

    it('flags the unsupported claim in a list item as information', () => {
      const d = find('unsupported-claim', 'Tencent a ouvert un centre de recherche en IA à Berlin en 2022.');
      assert.ok(d);
      assert.equal(d.severity, 3);
    });

    it('does not flag supported claims, code, questions or signposting', () => {
      const flagged = diagnostics.map((d) => d.data as { sentence?: Diagnostic['range'] }).map((data) => textAt(devDraft.text, { range: data.sentence! }));
      for (const quiet of ['Martin Lau', 'Ascend', '400 millions', '999 régions', 'Quelles conséquences', 'Dans cette note']) {
        assert.ok(!flagged.some((sentence) => sentence.includes(quiet)), `${quiet} was flagged`);
      }
      assert.equal(diagnostics.length, 4);
    });
  });

  describe('citations in drafts', function () {
    it('reports an unknown id and a citation of the wrong source, with a fix', async () => {
      const client = await sharedClient('bundled');
      const uri = 'untitled:citations.md';
      const text = 'Les puces Ascend de Huawei sont déjà déployées en Malaisie [@pekin-puces-nvidia].\n\nUn fait [@inconnu].\n';
      await client.open(uri, text);
      const diagnostics = await client.nextDiagnostics(uri, 0);
      const unknown = diagnostics.find((d) => d.code === 'unknown-source')!;
      assert.ok(unknown);
      assert.equal(textAt(text, unknown), '@inconnu');
      const miscited = diagnostics.find((d) => d.code === 'miscited-claim')!;
      assert.ok(miscited, JSON.stringify(diagnostics));
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: miscited.range, context: { diagnostics: [miscited] } });
      assert.match(applyEdits(text, actions[0].edit!.changes![uri]), /Malaisie \[@cloud-ia-international\]\./);
      // The writer may judge the cited source right: marking the claim as checked silences it.
      const mark = actions.find((a) => a.title.startsWith('Marquer comme vérifié ('))!;
      assert.ok(mark, JSON.stringify(actions.map((a) => a.title)));
      const marked = applyEdits(text, mark.edit!.changes![uri]);
      await client.change(uri, marked, 2);
      assert.deepEqual((await client.nextDiagnostics(uri, 1)).filter((d) => d.code === 'miscited-claim'), []);
    });

    it('is quiet on a claim citing the right source', async () => {
      const client = await sharedClient('bundled');
      const uri = 'untitled:right.md';
      await client.open(uri, 'Les puces Ascend de Huawei sont déjà déployées en Malaisie [@cloud-ia-international].\n');
      assert.deepEqual(await client.nextDiagnostics(uri, 0), []);
    });
  });

  describe('as drafts and settings change', function () {
    it('follows grounded.diagnostics severities, including off', async () => {
      const client = await TestClient.start({ settings: { diagnostics: { contradicted: 'error', unsupported: 'off' } } });
      try {
        const uri = 'untitled:severity.md';
        await client.open(uri, devDraft.text);
        // Settled: on a loaded machine the first findings of a check over a second come before the rest.
        const { diagnostics } = await client.settledDiagnostics(uri, 0);
        assert.ok(diagnostics.length >= 3);
        assert.ok(diagnostics.every((d) => d.code === 'contradicted-claim' && d.severity === 1));
      } finally {
        await client.stop();
      }
    });

    it('re-checks an edited draft', async () => {
      const client = await sharedClient('bundled');
      const uri = 'untitled:edit.md';
      await client.open(uri, 'Trump envisage un tarif de 60 % sur les produits chinois.\n');
      assert.deepEqual(await client.nextDiagnostics(uri, 0), []);
      await client.change(uri, 'Trump envisage un tarif de 45 % sur les produits chinois.\n', 2);
      const after = await client.nextDiagnostics(uri, 1);
      assert.equal(after[0]?.code, 'contradicted-claim');
    });

    it('words the findings of a short English draft with almost no stop words in English', async () => {
      const client = await sharedClient('bundled');
      const uri = 'untitled:short-english.md';
      await client.open(uri, 'Marta Quillon heads Brevalis.\n\nQuillon retires next summer.\n');
      const diagnostics = await client.nextDiagnostics(uri, 0);
      assert.ok(diagnostics.length > 0, 'the claims are reported as unsupported');
      for (const d of diagnostics) assert.match(String(d.message), /^No source supports “/, String(d.message));
    });
  });

  describe('corpus-error on corpus files', function () {
    const bad = path.join(fixtures, 'corpora', 'bad');

    for (const [file, pattern, logged] of [
      ['malformed.md', /^The front matter is not valid YAML: its fields are ignored\./, /front matter is not valid YAML: /],
      ['empty.md', /file is empty/, /file is empty/],
      ['binary.txt', /looks binary/, /looks binary/],
      ['latin1.txt', /not valid UTF-8/, /not valid UTF-8/],
      ['wrong-types.md', /^The front matter field “lang” has a value of the wrong kind/, /field "lang" is invalid/],
    ] as const) {
      it(`reports ${file} with a corpus-error diagnostic`, async () => {
        const client = await sharedClient('bad');
        const uri = fileUri(path.join(bad, file));
        const diagnostics = await client.until(() => client.latestDiagnostics(uri), `diagnostics on ${file}`);
        assert.ok(diagnostics.some((d) => d.code === 'corpus-error' && d.source === 'grounded' && pattern.test(String(d.message))), JSON.stringify(diagnostics));
        assert.ok(client.logs.some((line) => line.includes(file) && logged.test(line)), 'also logged to the output channel, with the detail');
      });
    }

    it('words the front matter problems in the client’s display language, without the YAML parser’s English', async () => {
      const client = await TestClient.start({ ...corpora.bad, locale: 'fr' });
      try {
        const uri = fileUri(path.join(bad, 'malformed.md'));
        const diagnostics = await client.until(() => client.latestDiagnostics(uri), 'diagnostics on malformed.md');
        assert.ok(diagnostics.length > 0);
        for (const d of diagnostics) {
          assert.equal(d.message, 'L’en-tête (front matter) n’est pas du YAML valide : ses champs sont ignorés. Écrivez un champ par ligne (title: …, date: …).');
        }
      } finally {
        await client.stop();
      }
    });

    it('points the YAML error at its line', async () => {
      const client = await sharedClient('bad');
      const uri = fileUri(path.join(bad, 'malformed.md'));
      const diagnostics = await client.until(() => client.latestDiagnostics(uri), 'diagnostics on malformed.md');
      const yamlError = diagnostics.find((d) => /YAML/.test(String(d.message)))!;
      assert.ok(yamlError.range.start.line >= 1 && yamlError.range.start.line <= 3, JSON.stringify(yamlError.range));
    });

    it('reports each mistake of a curated entity file at its line', async () => {
      const client = await sharedClient('curatedBad');
      const uri = fileUri(path.join(fixtures, 'corpora', 'curated-bad', 'grounded.entities.yaml'));
      const diagnostics = await client.until(() => client.latestDiagnostics(uri), 'curated diagnostics');
      assert.deepEqual(diagnostics.map((d) => d.range.start.line).sort((a, b) => a - b), [7, 9, 11]);
      assert.ok(diagnostics.every((d) => d.code === 'corpus-error'));
    });
  });
});
