import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf, orchardCorpus } from './helpers';

const index = indexOf(orchardCorpus);
const check = (text: string, lang: 'fr' | 'en' = 'fr') => checkClaim(text, analyzeClaim(text, lang, index.names), index);

describe('checkClaim', () => {
  it('supports a paraphrase with the same figure', () => {
    const v = check('En 2023, Vergers d’Auge a récolté 42 000 tonnes de pommes.');
    assert.equal(v.label, 'supported');
    assert.equal(v.evidence[0].doc.id, 'pommes');
  });

  it('supports a rounded figure the writer marks as approximate', () => {
    assert.equal(check('Vergers d’Auge a récolté environ 40 000 tonnes de pommes en 2023.').label, 'supported');
  });

  it('contradicts a wrong figure and says what the source says', () => {
    const v = check('Vergers d’Auge a récolté 55 000 tonnes de pommes en 2023.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.kind, 'quantity');
    assert.equal(v.conflict?.sourceQuantity?.value, 42000);
  });

  it('contradicts a wrong year', () => {
    const v = check('Vergers d’Auge a récolté 42 000 tonnes de pommes en 2019.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.kind, 'year');
  });

  it('contradicts a wrong percentage', () => {
    assert.equal(check('Les ventes de cidre normand ont progressé de 25 % en 2023.').label, 'contradicted');
  });

  it('contradicts a wrong attribution of a role', () => {
    const v = check('Claire Hamon, présidente du Domaine Lecoq, affirme que la cueillette mécanique reste interdite dans les vergers labellisés.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.kind, 'attribution');
    assert.match(v.conflict?.sourceText ?? '', /Vergers/);
  });

  it('contradicts the opposite statement', () => {
    const v = check('Selon Claire Hamon, la cueillette mécanique est autorisée dans les vergers labellisés.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.kind, 'negation');
  });

  it('finds no support for a fact the corpus never states', () => {
    assert.equal(check('Le Domaine Lecoq a ouvert une distillerie à Rouen en 2021.').label, 'unsupported');
    assert.equal(check('Vergers d’Auge emploie 900 ingénieurs agronomes.').label, 'unsupported');
  });

  it('checks English claims on figures and names', () => {
    assert.equal(check('Vergers d’Auge exports 18% of its production to Belgium.', 'en').label, 'supported');
    assert.equal(check('Vergers d’Auge exports 35% of its production to Belgium.', 'en').label, 'contradicted');
  });

  it('answers none for a sentence that is no claim', () => {
    assert.equal(check('Quelles perspectives pour la filière ?').label, 'none');
  });

  it('notes when two sources give two figures for one fact', () => {
    const disagreeing = indexOf({
      ...orchardCorpus,
      'autre.md': '---\nid: autre\ntitle: Une autre source\n---\n\nLa coopérative Vergers d’Auge a récolté 47 000 tonnes de pommes en 2023.\n',
    });
    const text = 'La coopérative Vergers d’Auge a récolté 42 000 tonnes de pommes en 2023.';
    const v = checkClaim(text, analyzeClaim(text, 'fr', disagreeing.names), disagreeing);
    assert.equal(v.label, 'supported');
    assert.ok(v.disagreement, 'the other figure is reported');
    assert.match(v.disagreement.sourceText, /47 000/);
  });
});
