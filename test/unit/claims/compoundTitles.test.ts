import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { partOfCompoundTitle } from '../../../server/src/core/claims/compoundTitles';
import { ferryCorpus, indexOf } from './helpers';

const fr = indexOf(ferryCorpus);
fr.entities();
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('a part of a compound title', () => {
  it('does not contradict « président » nor « directeur général » of a PDG', () => {
    for (const title of ['président', 'directeur général']) {
      const v = checkFr(`Le ${title} de Kaiyo Ferries, Aiko Mori, a souligné que la compagnie paierait le nettoyage.`);
      assert.notEqual(v.label, 'contradicted', title);
    }
  });

  it('still contradicts another title', () => {
    assert.equal(partOfCompoundTitle('PDG', 'trésorier'), false);
    assert.equal(partOfCompoundTitle('président', 'PDG'), true);
    assert.equal(partOfCompoundTitle('Directeur général', 'PDG'), true);
  });
});
