import assert from 'node:assert/strict';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, Hover, InlayHint, Location, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileUri, positionOf, TestClient } from './harness';

/** Claims on the bundled corpus whose findings are known: each is contradicted on the figure named. */
const regions = 'Alibaba Cloud exploite des centres de données dans 12 régions hors de Chine.';
const engineers = "Chaque année, la Chine diplôme 1,2 million d'ingénieurs.";
const tariff = 'Trump envisage un tarif de 35 % sur les produits chinois.';

function textAt(text: string, range: Diagnostic['range']): string {
  const doc = TextDocument.create('x', 'markdown', 1, text);
  return text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end));
}

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'markdown', 1, text), edits);
}

/** Each finding as "code:covered text@line". */
function described(text: string, diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code}:${textAt(text, d.range)}@${d.range.start.line}`);
}

describe('Markdown, Pandoc and ignore comments through the server (bundled corpus)', function () {
  this.timeout(60_000);
  let client: TestClient;
  let count = 0;
  const folder = path.join(tmpdir(), 'grounded-fidelity');

  /** Opens a new draft and returns its first diagnostics, described. */
  async function check(text: string): Promise<{ uri: string; found: string[]; diagnostics: Diagnostic[] }> {
    const uri = fileUri(path.join(folder, `draft-${count++}.md`));
    await client.open(uri, text);
    const diagnostics = await client.nextDiagnostics(uri, 0);
    return { uri, found: described(text, diagnostics), diagnostics };
  }

  before(async () => {
    client = await TestClient.start();
  });

  after(async () => {
    await client.stop();
  });

  describe('front matter', () => {
    it('never checks TOML front matter between +++ fences', async () => {
      const text = `+++\ntitle = "Note"\nresume = "Zorblax Industries aurait livré 45 turbines en 2020"\n+++\n\n${regions}\n`;
      assert.deepEqual((await check(text)).found, ['contradicted-claim:12@5']);
    });

    it('never checks YAML front matter closed by ... (Pandoc)', async () => {
      const text = `---\ntitle: Note\nresume: Zorblax Industries aurait livré 45 turbines en 2020\n...\n\n${regions}\n`;
      assert.deepEqual((await check(text)).found, ['contradicted-claim:12@5']);
    });
  });

  describe('Pandoc citations', () => {
    it('reads (@key) and [@{key}]: unknown keys are reported on the key', async () => {
      const text = `Une phrase (@nope2021) et une autre [@{nope2022}], puis [@{cloud-ia-international}].\n`;
      const { found } = await check(text);
      assert.deepEqual(found, ['unknown-source:@nope2021@0', 'unknown-source:@{nope2022}@0']);
    });

    it('goes from a braced key to the cited document', async () => {
      const text = 'Voir [@{cloud-ia-international}].\n';
      const { uri } = await check(text);
      const locations = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: positionOf(text, 'cloud-ia') });
      assert.match(locations[0].uri, /cloud-ia-international\.md$/);
    });

    it('keeps keys with : . - _ + and every bracketed and in-text form, each reported on its key', async () => {
      const text = 'Selon @k:x.y-z_w+v. Puis @zz-top: [-@a.b], [voir @c_d, pp. 3-5], @e+f [p. 4], [@g; @h].\n';
      const { found } = await check(text);
      assert.deepEqual(found, ['@k:x.y-z_w+v', '@zz-top', '@a.b', '@c_d', '@e+f', '@g', '@h'].map((key) => `unknown-source:${key}@0`));
    });

    it('reads a bare key before a period or colon as a citation of a known source', async () => {
      const text = 'Selon @cloud-ia-international. Et aussi @pekin-puces-nvidia: rien de plus.\n';
      const { uri, found } = await check(text);
      assert.deepEqual(found, []);
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'pekin-puces') });
      assert.match((hover.contents as { value: string }).value, /Pékin/);
    });
  });

  describe('ignore comments', () => {
    it('silences the paragraph a comment is right after, not the next one', async () => {
      const text = `${regions}\n<!-- grounded: ignore -->\n\n${engineers}\n`;
      assert.deepEqual((await check(text)).found, ['contradicted-claim:1,2 million@3']);
    });

    it('silences the next paragraph with a comment standing alone', async () => {
      const text = `${regions}\n\n<!-- grounded: ignore -->\n\n${engineers}\n`;
      assert.deepEqual((await check(text)).found, ['contradicted-claim:12@0']);
    });

    it('silences only the sentence a sentence-level comment follows', async () => {
      const text = `${regions} ${engineers} <!-- grounded: ignore-sentence --> ${tariff}\n`;
      assert.deepEqual((await check(text)).found, ['contradicted-claim:12@0', 'contradicted-claim:35@0']);
    });

    it('silences the sentences between off and on, inline or across paragraphs', async () => {
      const inline = `${regions} <!-- grounded: off --> ${engineers} <!-- grounded: on --> ${tariff}\n`;
      assert.deepEqual((await check(inline)).found, ['contradicted-claim:12@0', 'contradicted-claim:35@0']);
      const across = `${regions} <!-- grounded: off -->\n\n${engineers}\n\n${regions} <!-- grounded: on --> ${tariff}\n`;
      assert.deepEqual((await check(across)).found, ['contradicted-claim:12@0', 'contradicted-claim:35@4']);
    });

    it('re-checks when a comment is added and removed: no stale findings', async () => {
      const text = `${regions}\n`;
      const { uri, found } = await check(text);
      assert.deepEqual(found, ['contradicted-claim:12@0']);
      await client.change(uri, `${regions} <!-- grounded: ignore-sentence -->\n`, 2);
      assert.deepEqual(await client.nextDiagnostics(uri, 1), []);
      await client.change(uri, text, 3);
      assert.deepEqual(described(text, await client.nextDiagnostics(uri, 2)), ['contradicted-claim:12@0']);
    });

    it('"Mark as checked" on one claim silences that claim only', async () => {
      const text = `${regions} ${engineers} ${tariff}\n`;
      const { uri, diagnostics } = await check(text);
      const chosen = diagnostics.find((d) => textAt(text, d.range) === '1,2 million')!;
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: chosen.range, context: { diagnostics: [chosen] } });
      const mark = actions.find((a) => a.title.includes('grounded: ignore'))!;
      const marked = applyEdits(text, mark.edit!.changes![uri]);
      await client.change(uri, marked, 2);
      assert.deepEqual(described(marked, await client.nextDiagnostics(uri, 1)), ['contradicted-claim:12@0', 'contradicted-claim:35@0']);
    });
  });

  describe('TeX math and Markdown structure', () => {
    it('never checks inline or display math, and keeps positions exact after it', async () => {
      const text = `DeepSeek serait 17 fois moins cher ($r = 1/17$) que les solutions américaines.\n\n$$ c = 17 \\, d $$\n\n$$\nZorblax = 45 \\times 2020\n$$\n\nSoit $x = 3$ : ${regions}\n`;
      const { found, diagnostics } = await check(text);
      assert.deepEqual(found, ['contradicted-claim:12@8']);
      assert.equal(diagnostics[0].range.start.character, `Soit $x = 3$ : ${regions}`.indexOf('12'));
    });

    it('never checks headings, list labels or table labels', async () => {
      const text = '## 1. Introduction\n\n## Résultats 2023\n\nLes trois leviers :\n\n- 3 leviers\n- 2 régions\n\n| Région | Nombre |\n|---|---|\n| Hors de Chine | 12 régions |\n';
      assert.deepEqual((await check(text)).found, []);
    });

    it('checks table cells one by one: sentences are not glued across cells', async () => {
      const text = `| Sujet | Affirmation |\n|---|---|\n| Cloud | ${regions} |\n| Tarifs | ${tariff} |\n`;
      assert.deepEqual((await check(text)).found, ['contradicted-claim:12@2', 'contradicted-claim:35@3']);
    });
  });

  describe('footnotes and definition lists (Pandoc)', () => {
    const truth = 'Alibaba Cloud exploite des centres de données dans plus de 29 régions hors de Chine.';

    it('checks the text of a footnote and of a definition, never the term', async () => {
      const text = `Une note[^1].\n\nCentres hors de Chine\n: ${regions}\n\n[^1]: ${tariff}\n`;
      assert.deepEqual((await check(text)).found, ['contradicted-claim:12@3', 'contradicted-claim:35@5']);
    });

    it('gives a footnote that only cites to the sentence of its reference', async () => {
      const wrong = `${truth}[^a]\n\n[^a]: Voir [@pekin-puces-nvidia].\n`;
      assert.deepEqual((await check(wrong)).found, ['miscited-claim:@pekin-puces-nvidia@2']);
      const right = `${truth}[^a]\n\n[^a]: Voir [@cloud-ia-international].\n`;
      assert.deepEqual((await check(right)).found, []);
    });
  });

  describe('citations in table cells', () => {
    const table = '| Indicateur | Valeur | Source |\n|---|---|---|\n| Passages aux urgences | 224 | [@os-21719] |\n| Régions | 12 | [@cloud-ia-international] |\n';

    it('reports an unknown key in a cell, never a claim of the label cells', async () => {
      assert.deepEqual((await check(table)).found, ['unknown-source:@os-21719@2']);
    });

    it('answers hover and go to source on a key in a cell', async () => {
      const { uri } = await check(table);
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(table, 'cloud-ia') });
      assert.ok(hover && JSON.stringify(hover.contents).length > 0);
      assert.equal(textAt(table, hover.range!), '@cloud-ia-international');
      const locations = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: positionOf(table, 'cloud-ia') });
      assert.match(locations[0].uri, /cloud-ia-international\.md$/);
    });
  });

  describe('positions and spaces that hold', () => {
    it('keeps ranges exact after emoji, CRLF, tabs and decomposed accents', async () => {
      const decomposed = regions.replace('données', 'donne\u0301es').replace('régions', 're\u0301gions');
      const text = `😀🎉 ${regions}\r\n\r\nAlibaba Cloud exploite\tdes centres de données dans 12 régions hors de Chine.\r\n\r\n${decomposed}\r\n`;
      const { found } = await check(text);
      assert.deepEqual(found, ['contradicted-claim:12@0', 'contradicted-claim:12@2', 'contradicted-claim:12@4']);
    });

    it('reads « 60 % » with a no-break or narrow no-break space as one figure', async () => {
      const claim = (space: string) => `60${space}% des experts de l’IA qui travaillent aux États-Unis ont été formés dans des universités chinoises.`;
      const text = `${claim('\u00a0')}\n\n${claim('\u202f')}\n`;
      const { diagnostics } = await check(text);
      assert.equal(diagnostics.length, 2);
      for (const d of diagnostics) {
        assert.equal(d.code, 'contradicted-claim');
        assert.equal(textAt(text, d.range), '60');
        assert.match(String(d.message), /« 38% »/);
      }
    });
  });

  describe('the section Grounded writes', () => {
    it('never checks the inserted bibliography: no finding, no inlay hint in it', async () => {
      const edits: { edit: { changes: Record<string, TextEdit[]> } }[] = [];
      client.connection.onRequest('workspace/applyEdit', (params: { edit: { changes: Record<string, TextEdit[]> } }) => {
        edits.push(params);
        return { applied: true };
      });
      const text = `${regions} [@cloud-ia-international]\n\nLes entreprises chinoises d’IA étendent leur influence [@chine-ia-strategie; @pekin-puces-nvidia].\n`;
      const { uri } = await check(text);
      await client.request('workspace/executeCommand', { command: 'grounded.server.insertBibliography', arguments: [uri] });
      const withSection = applyEdits(text, edits[0].edit.changes[uri]);
      const sectionLine = withSection.split('\n').findIndex((l) => l.includes('grounded: bibliography'));
      assert.ok(sectionLine > 0);
      await client.change(uri, withSection, 2);
      const after = await client.nextDiagnostics(uri, 1);
      assert.deepEqual(after.filter((d) => d.range.start.line >= sectionLine).map((d) => `${d.code}:${textAt(withSection, d.range)}`), []);
      const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
        textDocument: { uri },
        range: { start: { line: sectionLine, character: 0 }, end: { line: sectionLine + 20, character: 0 } },
      });
      assert.deepEqual(hints.map((h) => String(h.label)), []);
    });
  });
});

describe('corpus files with TOML front matter or YAML closed by ... (through the server)', function () {
  this.timeout(60_000);
  let dir: string;
  let client: TestClient;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'grounded-fm-'));
    writeFileSync(path.join(dir, 'turbines.md'), '+++\nid = "zx-2020"\ntitle = "Zorblax livre ses turbines"\ndate = 2021-03-04\nlang = "fr"\n+++\n\nZorblax Industries a livré 45 turbines en 2020 à la ville de Quimperlé.\n');
    writeFileSync(path.join(dir, 'ponts.md'), '---\nid: pontex-2019\ntitle: Pontex et ses ponts\nlang: fr\n...\n\nPontex a construit 12 ponts en Bretagne en 2019.\n');
    client = await TestClient.start({ settings: { corpus: { paths: [dir] } } });
  });

  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes the id and title from the front matter: citations resolve, the hover names the title', async () => {
    const uri = 'untitled:fm.md';
    const text = 'Zorblax Industries a livré 45 turbines en 2020 [@zx-2020]. Pontex a construit 12 ponts en Bretagne en 2019 [@pontex-2019].\n';
    await client.open(uri, text);
    const diagnostics = await client.nextDiagnostics(uri, 0);
    assert.deepEqual(described(text, diagnostics), []);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'zx-2020') });
    assert.match((hover.contents as { value: string }).value, /Zorblax livre ses turbines/);
    assert.doesNotMatch((hover.contents as { value: string }).value, /\+\+\+/);
  });

  it('contradicts a wrong figure with the passage of the TOML-fronted file, named by its title, at its line', async () => {
    const uri = 'untitled:fm2.md';
    const text = 'Zorblax Industries a livré 60 turbines en 2020 à la ville de Quimperlé.\n';
    await client.open(uri, text);
    const [d] = await client.nextDiagnostics(uri, 0);
    assert.equal(d.code, 'contradicted-claim');
    assert.match(String(d.message), /« 60 turbines » → la source dit « 45 turbines » \(@[\w-]+\)/, 'the id from the TOML front matter');
    assert.equal(d.relatedInformation![0].location.range.start.line, 7);
  });

  it('follows a watched corpus file that is renamed: its citations go to the new path', async () => {
    const from = path.join(dir, 'turbines.md');
    const to = path.join(dir, 'eoliennes.md');
    renameSync(from, to);
    const seen = client.statuses.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: fileUri(from), type: 3 },
        { uri: fileUri(to), type: 1 },
      ],
    });
    const status = await client.waitForStatus('ready', seen);
    assert.equal(status.documents, 2);
    const uri = 'untitled:fm3.md';
    const text = 'Voir [@zx-2020].\n';
    await client.open(uri, text);
    assert.deepEqual(await client.nextDiagnostics(uri, 0), []);
    const locations = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: positionOf(text, 'zx-2020') });
    assert.equal(locations[0].uri, fileUri(to));
  });
});
