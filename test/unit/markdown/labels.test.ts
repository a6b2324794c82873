import assert from 'node:assert/strict';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { isFragment, parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf, orchardCorpus } from '../claims/helpers';

const labels = (source: string) => parseMarkdown(source).blocks.map((b) => `${b.kind}:${b.text}:${b.label === true}`);

describe('Markdown structure that names (headings, labels): never claims', () => {
  it('tells fragments from sentences', () => {
    for (const fragment of ['2 régions', '3 leviers', 'Hors de Chine', "Chiffre d'affaires 2023", 'Les trois leviers :', '12', '']) assert.ok(isFragment(fragment), fragment);
    for (const sentence of ['La coopérative emploie 300 saisonniers', '2 régions.', 'Combien ?', 'Tencent recrute 500 ingénieurs']) assert.ok(!isFragment(sentence), sentence);
  });

  it('marks headings, header cells, fragment list items and cells, and fragment lead-ins of a list as labels', () => {
    const source = [
      '## 1. Introduction',
      '',
      'Les trois leviers :',
      '',
      '- 3 leviers',
      '- La coopérative emploie 300 saisonniers',
      '',
      '| Région | Nombre |',
      '|---|---|',
      '| Hors de Chine | 12 régions |',
      '| Europe | La coopérative y emploie 300 saisonniers |',
      '',
      'Un paragraphe court',
    ].join('\n');
    assert.deepEqual(labels(source), [
      'heading:1. Introduction:true',
      'paragraph:Les trois leviers ::true',
      'listItem:3 leviers:true',
      'listItem:La coopérative emploie 300 saisonniers:false',
      'tableCell:Région:true',
      'tableCell:Nombre:true',
      'tableCell:Hors de Chine:true',
      'tableCell:12 régions:true',
      'tableCell:Europe:true',
      'tableCell:La coopérative y emploie 300 saisonniers:false',
      'paragraph:Un paragraphe court:false',
    ]);
  });

  it('does not take a paragraph ending with a colon for a lead-in unless a list or table follows', () => {
    assert.deepEqual(labels('Les trois leviers :\n\nUn paragraphe.\n'), ['paragraph:Les trois leviers ::false', 'paragraph:Un paragraphe.:false']);
  });

  describe('in a checked draft', () => {
    const index = indexOf(orchardCorpus);
    const check = (draft: string) => findingsOf(checkDraft(parseMarkdown(draft), index, { language: 'fr' })!, index);

    it('never flags a heading, even one with a figure', () => {
      assert.deepEqual(check('## Récolte 2023 : 40 000 tonnes de pommes\n\n## 1. Introduction\n'), []);
    });

    it('never flags list labels or table cells, but still checks full sentences in lists and their citations', () => {
      const draft = [
        '- 300 saisonniers',
        '- 40 000 tonnes [@inconnu]',
        '- La coopérative Vergers d’Auge emploie 300 saisonniers.',
        '',
        '| Coopérative | Saisonniers |',
        '|---|---|',
        '| Vergers d’Auge | 300 |',
      ].join('\n');
      const found = check(draft).map((f) => `${f.code}:${draft.slice(f.span.start, f.span.end)}`);
      assert.deepEqual(found, ['unknown-source:@inconnu', 'contradicted-claim:300']);
      assert.ok(check(draft).find((f) => f.code === 'contradicted-claim')!.span.start > draft.indexOf('emploie'), 'the contradiction is on the sentence');
    });
  });
});
