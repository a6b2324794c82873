import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { roleMentions } from '../../../server/src/core/claims/roles';
import { ferryCorpus, indexOf } from './helpers';

const fr = indexOf(ferryCorpus);
fr.entities();
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('a past participle read as a title', () => {
  it('reads « a jugé » as a verb, not the title « juge »', () => {
    assert.deepEqual(roleMentions('Anne Sol a jugé la situation grave.', 'fr').map((m) => m.head.text), []);
    assert.deepEqual(roleMentions('Anne Sol a aussi jugé la situation grave.', 'fr').map((m) => m.head.text), []);
  });

  it('still reads a title after « a été » and a title before a name', () => {
    assert.deepEqual(roleMentions('Le juge Anne Sol a statué.', 'fr').map((m) => m.head.text), ['juge']);
    assert.deepEqual(roleMentions('Anne Sol, déléguée de la fédération, a parlé.', 'fr').map((m) => m.head.text), ['déléguée']);
  });

  it('does not contradict a true claim whose verb folds to a title', () => {
    const v = checkFr("Le président de Kaiyo Ferries, Aiko Mori, a jugé naturel d'endosser une responsabilité sociale.");
    assert.notEqual(v.label, 'contradicted');
  });
});
