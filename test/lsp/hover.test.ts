import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import { fileUri, fixtures, positionOf, TestClient } from './harness';
import { devDraft, hoverText, openDevDraft, sharedClient } from './shared';

const space = path.join(fixtures, 'corpora', 'space');

describe('textDocument/hover', function () {
  describe('on citations (bundled corpus)', function () {
    it('hovers a citation with the source title and metadata', async () => {
      const client = await sharedClient('bundled');
      const uri = 'untitled:draft-hover.md';
      const text = 'La Chine forme beaucoup d’ingénieurs [@chine-ia-strategie].\n';
      await client.open(uri, text);
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '@chine', 3) });
      const value = (hover.contents as { value: string }).value;
      assert.match(value, /La Chine réduit les distances/);
      assert.match(value, /@chine-ia-strategie/);
      assert.match(value, /chine-ia-strategie\.md#L1/);
    });

    it('says when a cited id is unknown', async () => {
      const client = await sharedClient('bundled');
      const uri = 'untitled:draft-unknown.md';
      const text = 'Une affirmation [@nulle-part].\n';
      await client.open(uri, text);
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'nulle') });
      assert.match((hover.contents as { value: string }).value, /^\*\*Source inconnue\*\* `@nulle-part`/);
    });

    it('returns no hover on plain words', async () => {
      const client = await sharedClient('bundled');
      const uri = 'untitled:draft-plain.md';
      const text = 'Rien à signaler ici.\n';
      await client.open(uri, text);
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
      assert.equal(hover, null);
    });

    it('keeps the valid fields of a file whose front matter has bad ones', async () => {
      const client = await sharedClient('bad');
      const uri = 'untitled:cites-wrong-types.md';
      const text = 'Le tunnel [@wrong-types].\n';
      await client.open(uri, text);
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'wrong-types') });
      assert.doesNotMatch((hover.contents as { value: string }).value, /Source inconnue/);
    });
  });

  describe('on claims (dev draft, bundled corpus)', function () {
    it('shows a claim’s verdict and evidence on hover', async () => {
      const { client } = await openDevDraft();
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: devDraft.uri }, position: positionOf(devDraft.text, 'Ascend') });
      const value = (hover.contents as { value: string }).value;
      assert.match(value, /Étayé par le corpus/);
      assert.match(value, /Malaisie/);
      assert.match(value, /cloud-ia-international\.md#L\d+/);
    });
  });

  describe('short hovers, nothing twice (bundled corpus)', function () {
    const text = 'Selon Oleg Zankov, de Latenode, DeepSeek serait 25 fois moins cher que les solutions américaines.\n';
    const uri = 'untitled:hover-short.md';
    let client: TestClient;
    const hoverAt = async (needle: string, delta = 1) =>
      hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle, delta) }));

    before(async () => {
      client = await sharedClient('bundled');
      await client.open(uri, text);
      await client.nextDiagnostics(uri, 0);
    });

    it('on the wrong figure, which a diagnostic covers: nothing of its own (the editor shows the diagnostic and its fix)', async () => {
      assert.equal(await hoverAt('25'), '');
    });

    it('on the claim: one line saying what is wrong, the passage once, short, with the value marked, its source, then the fix', async () => {
      const value = await hoverAt('moins cher');
      const lines = value.split('\n').filter((l) => l.trim() !== '');
      assert.equal(lines[0], '**Contredit par le corpus** : « 25 fois » → la source dit « 17 fois »');
      assert.match(lines[1], /^> ….*\*\*17 fois\*\*.*…$/);
      assert.ok(lines[1].length < 220, lines[1]);
      assert.match(lines[3], /^> — \[La Chine réduit les distances avec les États-Unis en IA…\]\(file:.*chine-ia-strategie\.md#L\d+\) `@chine-ia-strategie`$/);
      assert.match(lines[4], /^Correctif rapide \\: Remplacer « 25 » par « 17 »/);
      assert.equal(lines.length, 5, value);
      assert.doesNotMatch(value, /%\)/, 'no unexplained confidence');
    });

    it('on a name whose definition is the passage the verdict rests on: that passage once', async () => {
      const value = await hoverAt('Zankov');
      assert.match(value, /^\*\*Oleg Zankov\*\* · \*personne\* — co-fondatrice de latenode\n/);
      assert.equal(value.match(/alternatives américaines/g)?.length, 1, value);
      assert.equal(value.match(/La Chine réduit les distances/g)?.length, 1, value);
    });
  });

  describe('on entities (space corpus)', function () {
    const draftUri = 'untitled:entities-draft.md';
    const draft = '# Note\n\nBenali dirige Orbitex. Le moteur Ardent de Novatera a été testé en Guyane.\n';
    let client: TestClient;

    before(async () => {
      client = await sharedClient('space');
      await client.open(draftUri, draft);
    });

    it('hovers a surname in a draft with the person’s definition and its source', async () => {
      const value = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: draftUri }, position: positionOf(draft, 'Benali', 2) }));
      assert.match(value, /^\*\*Karim Benali\*\* · \*personne\* — directeur général d’Orbitex\n/);
      assert.match(value, /directeur général d’Orbitex/);
      assert.match(value, /orbitex-lanceur\.md#L\d+/);
      assert.match(value, /Aussi écrit : Benali/);
    });

    it('resolves a variant spelling to the same entity', async () => {
      const value = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: draftUri }, position: positionOf(draft, 'Novatera', 3) }));
      assert.match(value, /\*\*Novaterra\*\*/);
    });

    it('hovers names in corpus files too', async () => {
      const file = path.join(space, 'kourou.md');
      const text = readFileSync(file, 'utf8');
      await client.open(fileUri(file), text);
      const value = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: fileUri(file) }, position: positionOf(text, 'Karim Benali', 3) }));
      assert.match(value, /directeur général d’Orbitex/);
    });
  });

  describe('on entities of the bundled corpus', function () {
    for (const [name, expected] of [
      ['Martin Lau', /président de Tencent/],
      ['Accio', /son moteur de recherche/],
      ['Doubao', /modèle linguistique/],
      ['Deepsek', /\*\*Deepseek\*\*|\*\*DeepSeek\*\*/],
      ['Xi Jinping', /le président chinois/],
    ] as const) {
      it(`hovers ${name} in a draft`, async () => {
        const client = await sharedClient('bundled');
        const uri = `untitled:bundled-${name.replace(/\s/g, '-')}.md`;
        const text = `Selon la note, ${name} compte dans ce dossier.\n`;
        await client.open(uri, text);
        const value = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, name, 2) }));
        assert.match(value, expected);
      });
    }
  });

  describe('entity hovers are escaped', function () {
    it('shows a hostile definition as text: no links, commands or HTML', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'grounded-hostile-'));
      writeFileSync(
        path.join(dir, 'a.md'),
        '---\nid: hostile\ntitle: "Titre [x](command:workbench.action.quit) <img src=x onerror=alert(1)>"\n---\n\nAcme Corp, [clique](command:rm) <script>alert(1)</script> javascript:alert(1), vend des outils.\n',
      );
      const client = await TestClient.start({ settings: { corpus: { paths: [dir] } } });
      try {
        const uri = 'untitled:hostile.md';
        const text = 'Acme Corp vend des outils.\n';
        await client.open(uri, text);
        const value = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }));
        assert.match(value, /Acme Corp/);
        assert.doesNotMatch(value, /\]\(command:/);
        assert.doesNotMatch(value, /<script|<img/);
        assert.doesNotMatch(value, /[^\\]javascript:/);
        assert.match(value, /Titre \\\[x\\\]\\\(command\\:workbench/, 'the title is shown escaped');
        assert.match(value, /Acme Corp, clique alert/, 'the link and the script tag in the source were read as text');
      } finally {
        await client.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('curated entity files', function () {
    it('hovers an entity with its curated definition', async () => {
      const client = await sharedClient('curatedBad');
      const draft = 'untitled:curated.md';
      const text = 'Lumen recrute.\n';
      await client.open(draft, text);
      const value = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: draft }, position: { line: 0, character: 2 } }));
      assert.match(value, /Société Lumen/);
      assert.match(value, /Entreprise lyonnaise dirigée par Paul Vidal/);
    });
  });
});
