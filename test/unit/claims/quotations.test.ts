import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { indexOf, orchardCorpus } from './helpers';

const index = indexOf(orchardCorpus);
const analyze = (text: string, lang: 'fr' | 'en' = 'fr') => analyzeClaim(text, lang, index.names);

describe('a first person inside quoted speech', () => {
  it('is the speaker’s, so the sentence is a claim, not the writer’s signposting', () => {
    assert.equal(analyze('Le gérant a déclaré : « Nous n’avons jamais vendu ces pommes à l’étranger ».').isClaim, true);
    assert.equal(analyze('« Je ne savais pas que la cueillette était interdite », a reconnu le saisonnier.').isClaim, true);
    assert.equal(analyze('"We will appeal the ruling on the orchard," the cooperative’s lawyer said.', 'en').isClaim, true);
  });

  it('still makes the writer’s own sentence signposting outside the quotation', () => {
    assert.equal(analyze('Dans cette note, nous citons « la filière pomme » telle que la décrit la presse.').reason, 'signposting');
    assert.equal(analyze('Nous reprenons ici le mot « récolte » au sens de la coopérative.').reason, 'signposting');
  });
});
