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
    assert.match(c.relatedInformation![0].message, /^Le cidre normand à l’export: « Le Domaine Lecoq, dirigé par Paul Lecoq, produit 1,5 million/);
    const data = c.data as DiagnosticData;
    assert.equal(data.lang, 'fr');
    assert.deepEqual(data.fixes.map((f) => [textAt(d, f.range), f.newText]), [['2,5 millions', '1,5 million']]);
    assert.equal(textAt(d, data.sentence!), 'Le Domaine Lecoq produit 2,5 millions de bouteilles par an.');
  });

  it('flags an unsupported claim as information, and nothing in code or on supported claims', async () => {
    const t = serviceOn();
    const d = t.open(draft);
    const diagnostics = (await t.service.getDiagnostics(d))!;
    const unsupported = diagnostics.filter((x) => x.code === 'unsupported-claim');
    assert.deepEqual(unsupported.map((u) => [textAt(d, u.range), u.severity]), [['Le Domaine Lecoq a ouvert une distillerie à Rouen en 2021.', DiagnosticSeverity.Information]]);
    assert.equal(diagnostics.length, 2, 'the code block and the supported claim say nothing');
  });

  it('follows grounded.diagnostics severities, off included', async () => {
    const t = serviceOn(undefined, { diagnostics: { contradicted: 'error', unsupported: 'off' } });
    const diagnostics = (await t.service.getDiagnostics(t.open(draft)))!;
    assert.deepEqual(diagnostics.map((x) => [x.code, x.severity]), [['contradicted-claim', DiagnosticSeverity.Error]]);
  });

  it('reports unknown and wrong citations', async () => {
    const t = serviceOn();
    const d = t.open('Les ventes de cidre normand ont progressé de 12 % en 2023 [@pommes].\n\nUne phrase [@nulle-part].\n');
    const codes = (await t.service.getDiagnostics(d))!.map((x) => x.code).sort();
    assert.deepEqual(codes, ['miscited-claim', 'unknown-source']);
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
