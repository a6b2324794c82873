import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { corpusProblemDiagnostics, type DiagnosticData } from '../../server/src/service/diagnostics';
import { serviceOn, textAt } from './helpers';

const draft = [
  '# Note',
  '',
  'Le Domaine Lecoq produit 2,5 millions de bouteilles par an.',
  '',
  '- Le Domaine Lecoq a ouvert une distillerie à Rouen en 2021.',
  '',
  'La coopérative emploie 310 saisonniers.',
  '',
  '```',
  'Le Domaine Lecoq produit 9 millions de bouteilles par an.',
  '```',
  '',
].join('\n');

describe('service: diagnostics', () => {
  it('flags a contradicted claim on the wrong figure, with its evidence and the fix it offers', async () => {
    const t = serviceOn();
    const d = t.open(draft);
    const diagnostics = (await t.service.getDiagnostics(d))!;
    const contradicted = diagnostics.filter((x) => x.code === 'contradicted-claim');
    assert.equal(contradicted.length, 1);
    const [c] = contradicted;
    assert.equal(textAt(d, c.range), '2,5 millions');
    assert.equal(c.source, 'grounded');
    assert.equal(c.severity, DiagnosticSeverity.Warning);
    assert.equal(c.relatedInformation![0].location.uri, 'file:///corpus/cidre.md');
    assert.equal(c.message, '« 2,5 millions de bouteilles » → la source dit « 1,5 million de bouteilles » (@cidre)');
    assert.equal(c.relatedInformation![0].message, '« Le Domaine Lecoq, dirigé par Paul Lecoq, produit 1,5 million de bouteilles par an. »');
    const data = c.data as DiagnosticData;
    assert.equal(data.lang, 'fr');
    assert.deepEqual(data.fixes.map((f) => [textAt(d, f.range), f.newText]), [['2,5 millions', '1,5 million']]);
    assert.equal(textAt(d, data.sentence!), 'Le Domaine Lecoq produit 2,5 millions de bouteilles par an.');
  });

  it('names the source’s place without the « de » elided onto it (« Amiens », not « d’Amiens »)', async () => {
    const t = serviceOn({
      'tribunal.md': "---\nlang: fr\n---\n\nDébut juin, le tribunal de commerce d'Amiens a placé la société Norvane en redressement judiciaire.\n",
    });
    const d = t.open('Début juin, le tribunal de commerce de Lille a placé la société Norvane en redressement judiciaire.\n');
    const [c] = ((await t.service.getDiagnostics(d)) ?? []).filter((x) => x.code === 'contradicted-claim');
    assert.ok(c, 'contradicted');
    assert.equal(textAt(d, c.range), 'Lille');
    assert.equal(c.message, "« Lille » → la source dit « Amiens » (@tribunal)");
  });

  it('flags an unsupported claim as information, and nothing in code or on supported claims', async () => {
    const t = serviceOn();
    const d = t.open(draft);
    const diagnostics = (await t.service.getDiagnostics(d))!;
    const unsupported = diagnostics.filter((x) => x.code === 'unsupported-claim');
    assert.deepEqual(unsupported.map((u) => [textAt(d, u.range), u.severity]), [['Le Domaine Lecoq a ouvert une distillerie à Rouen en 2021.', DiagnosticSeverity.Information]]);
    assert.equal(diagnostics.length, 2, 'the code block and the supported claim say nothing');
  });

  it('quotes an unsupported claim in its message, in the claim’s language', async () => {
    const t = serviceOn();
    const fr = (await t.service.getDiagnostics(t.open(draft)))!.find((x) => x.code === 'unsupported-claim')!;
    assert.equal(fr.message, 'Aucune source n’étaye « Le Domaine Lecoq a ouvert une distillerie à Rouen en 2021 »');
    const en = (await t.service.getDiagnostics(t.open('Paul Lecoq opened a large new distillery in Rouen in 2021.\n', 'untitled:en.md')))!;
    assert.deepEqual(en.map((x) => x.message), ['No source supports “Paul Lecoq opened a large new distillery in Rouen in 2021”']);
  });

  it('speaks of an English sentence of a French draft in French: one language per draft', async () => {
    const t = serviceOn();
    const d = t.open('Le Domaine Lecoq produit 1,5 million de bouteilles par an. La coopérative Vergers d’Auge a récolté 42 000 tonnes de pommes en 2023.\n\nThe Domaine Lecoq cooperative produces 2.5 million bottles a year in Normandy.\n');
    const english = (await t.service.getDiagnostics(d))!.find((x) => x.code === 'contradicted-claim' || x.code === 'unsupported-claim')!;
    assert.match(String(english.message), /^(« 2\.5 million bottles » → la source dit|Aucune source n’étaye)/);
    assert.equal((english.data as DiagnosticData).lang, 'fr');
    const titles = t.service.getCodeActions(d, english.range, [english]).map((a) => a.title);
    assert.ok(titles.includes('Marquer comme vérifié (<!-- grounded: ignore-sentence -->)'), titles.join(' | '));
  });

  it('shows the closest passage of an unsupported claim only when it states most of it, names included', async () => {
    const t = serviceOn();
    const close = (await t.service.getDiagnostics(t.open('Le Domaine Lecoq, dirigé par Paul Lecoq, vend ses bouteilles au Japon.\n', 'untitled:close.md')))!;
    assert.deepEqual(close[0].relatedInformation!.map((r) => r.message), [
      'Passage le plus proche, qui ne le dit pas : « Le Domaine Lecoq, dirigé par Paul Lecoq, produit 1,5 million de bouteilles par an. »',
    ]);
    const far = (await t.service.getDiagnostics(t.open(draft)))!.find((x) => x.code === 'unsupported-claim')!;
    assert.deepEqual(far.relatedInformation, [], 'no passage says what the distillery is: none is shown');
  });

  it('follows grounded.diagnostics severities, off included', async () => {
    const t = serviceOn(undefined, { diagnostics: { contradicted: 'error', unsupported: 'off' } });
    const diagnostics = (await t.service.getDiagnostics(t.open(draft)))!;
    assert.deepEqual(diagnostics.map((x) => [x.code, x.severity]), [['contradicted-claim', DiagnosticSeverity.Error]]);
  });

  it('reports unknown and wrong citations', async () => {
    const t = serviceOn();
    const d = t.open('Les ventes de cidre normand ont progressé de 12 % en 2023 [@pommes].\n\nUne phrase [@nulle-part].\n');
    const found = (await t.service.getDiagnostics(d))!;
    assert.deepEqual(found.map((x) => x.code).sort(), ['miscited-claim', 'unknown-source']);
    assert.equal(found.find((x) => x.code === 'miscited-claim')!.message, '@pommes n’étaye pas cette phrase ; @cidre l’étaye');
    assert.equal(found.find((x) => x.code === 'unknown-source')!.message, 'Source inconnue : @nulle-part');
  });

  it('on an unknown citation, offers the source that supports the sentence first, and no spelling that would miscite it', async () => {
    const t = serviceOn();
    // « pomme » is spelled like @pommes, but @cidre is what supports the sentence.
    const d = t.open('Les ventes de cidre normand ont progressé de 12 % en 2023 [@pomme].\n');
    const unknown = (await t.service.getDiagnostics(d))!.find((x) => x.code === 'unknown-source')!;
    assert.equal(unknown.message, 'Source inconnue : @pomme — la phrase est étayée par @cidre');
    const fixes = (unknown.data as DiagnosticData).fixes;
    assert.deepEqual(fixes.map((f) => [f.title, f.newText]), [['Citer @cidre, qui étaye la phrase', 'cidre']]);
    // Not supported: the closest spelling is what is offered.
    const other = t.open('Une phrase sans source du tout [@pomme].\n', 'untitled:other.md');
    const spelled = (await t.service.getDiagnostics(other))!.find((x) => x.code === 'unknown-source')!;
    assert.equal(spelled.message, 'Source inconnue : @pomme — vouliez-vous dire @pommes ?');
    assert.deepEqual((spelled.data as DiagnosticData).fixes.map((f) => [f.title, f.newText]), [['Corriger en @pommes', 'pommes']]);
  });

  it('on an unknown citation spelled like one of the sources that support the sentence, offers that one first', async () => {
    const t = serviceOn({
      'viaduc-2019.md': '---\nlang: fr\n---\n\nLe viaduc de Sorbel mesurait 140 mètres de long.\n',
      'viaduc-7.md': '---\nlang: fr\n---\n\nLe viaduc de Sorbel mesurait 140 mètres de long, selon la préfecture.\n',
    });
    const d = t.open('Le viaduc de Sorbel mesurait 140 mètres de long [@viaduc-201].\n');
    const unknown = (await t.service.getDiagnostics(d))!.find((x) => x.code === 'unknown-source')!;
    assert.equal(unknown.message, 'Source inconnue : @viaduc-201 — vouliez-vous dire @viaduc-2019 ?');
    assert.deepEqual(
      (unknown.data as DiagnosticData).fixes.map((f) => f.newText),
      ['viaduc-2019', 'viaduc-7'],
    );
  });

  it('checks the drafts again once the corpus entities come: names are compared by kind (as the command line does)', async () => {
    const storm = {
      'tempete.md': '---\nid: tempete\ntitle: La tempête balaie la côte\nlang: fr\ndate: 2019-11-03\n---\n\nÀ Mimizan, la toiture du casino s’est effondrée. Les pompiers de Mimizan sont intervenus toute la nuit.\n',
      'port.md': '---\nid: port\ntitle: Le port de Biarritz fermé\nlang: fr\ndate: 2019-11-04\n---\n\nLe port de Biarritz est resté fermé lundi. La ville de Biarritz a compté les dégâts.\n',
    };
    const t = serviceOn(storm);
    const d = t.open('À Biarritz, la toiture du casino s’est effondrée [@tempete].\n');
    // The server's index comes before its entities (extracted on a worker thread): the first check has no kinds.
    assert.equal(t.corpus.index.hasEntities, false);
    assert.deepEqual((await t.service.getDiagnostics(d))!.map((x) => x.code), ['unsupported-claim']);
    t.corpus.index.entities();
    const [after] = (await t.service.getDiagnostics(d))!;
    assert.equal(after.code, 'contradicted-claim');
    assert.equal(textAt(d, after.range), 'Biarritz');
  });

  it('says nothing on corpus files, nor before there is an index', async () => {
    const t = serviceOn();
    const source = t.documents.set('file:///corpus/cidre.md', 'Le Domaine Lecoq produit 9 millions de bouteilles par an.\n');
    assert.equal(await t.service.getDiagnostics(source), undefined);
    t.corpus.searchable = false;
    assert.equal(await t.service.getDiagnostics(t.open(draft)), undefined);
  });

  it('honours grounded.claims.checked', async () => {
    const t = serviceOn(undefined, { claims: { checked: ['le domaine lecoq produit 2,5 MILLIONS de bouteilles par an'] } });
    const codes = (await t.service.getDiagnostics(t.open(draft)))!.map((x) => x.code);
    assert.ok(!codes.includes('contradicted-claim'), codes.join(','));
  });

  it('re-checks after the settings change', async () => {
    const t = serviceOn();
    const d = t.open(draft);
    assert.equal((await t.service.getDiagnostics(d))!.length, 2);
    t.configure({ diagnostics: { unsupported: 'off', contradicted: 'off' } });
    assert.deepEqual(await t.service.getDiagnostics(d), []);
  });

  it('turns corpus problems into corpus-error diagnostics, by file', () => {
    const byFile = corpusProblemDiagnostics([
      { path: '/corpus/a.md', severity: 'error', message: 'bad YAML', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } } },
      { path: '/corpus/a.md', severity: 'warning', message: 'unknown field' },
      { path: '/corpus/b.txt', severity: 'information', message: 'empty' },
    ]);
    assert.deepEqual([...byFile.keys()], ['file:///corpus/a.md', 'file:///corpus/b.txt']);
    const a = byFile.get('file:///corpus/a.md')!;
    assert.deepEqual(a.map((x) => [x.severity, x.code, x.source, x.range.start.line]), [
      [DiagnosticSeverity.Error, 'corpus-error', 'grounded', 2],
      [DiagnosticSeverity.Warning, 'corpus-error', 'grounded', 0],
    ]);
  });
});
