import assert from 'node:assert/strict';
import { continuationsOf, entitiesNamed } from '../../../server/src/core/completion/continuations';
import { factsAbout } from '../../../server/src/core/completion/entityFacts';
import { termsOf } from '../../../server/src/core/text/stem';
import { indexOf, orchardCorpus } from '../claims/helpers';

const index = indexOf(orchardCorpus);
const continue_ = (prefix: string) => continuationsOf(prefix, index, { lang: 'fr', context: entitiesNamed(prefix, index.entities()) });

describe('continuationsOf', () => {
  it('continues a sentence from the end of the prefix, to the end of the source clause', () => {
    const [best] = continue_('La coopérative a récolté ');
    assert.equal(best.text, '42 000 tonnes de pommes en 2023');
    assert.equal(best.doc.id, 'pommes');
  });

  it('matches on stems and synonyms, in another word order', () => {
    const [best] = continue_('En 2023, les ventes du cidre normand ont progressé de ');
    assert.equal(best.text, '12 %');
  });

  it('completes the word being typed', () => {
    const [best] = continue_('La coopérative emploie 310 sais');
    assert.equal(best.text, 'saisonniers et exporte 18 % de sa production vers la Belgique');
    assert.ok(best.replaceFrom > 0);
  });

  it('does not repeat what the writer already wrote', () => {
    const [best] = continue_('Le Domaine Lecoq produit ');
    assert.equal(best.text, '1,5 million de bouteilles par an');
  });

  it('proposes nothing when the end of the prefix is not in the corpus', () => {
    assert.deepEqual(continue_('Les oranges de Valence sont '), []);
  });

  it('gives the facts the corpus states about an entity, those matching the writer’s words first', () => {
    const lecoq = index.entities().lookup('Domaine Lecoq')!;
    const facts = factsAbout(lecoq, index, 4, termsOf('bouteilles', 'fr'));
    assert.equal(facts[0].text, '1,5 million de bouteilles');
  });
});
