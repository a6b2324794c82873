import assert from 'node:assert/strict';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from '../claims/helpers';

const values = (text: string) => parseQuantities(text, 'fr').map((q) => [q.raw, q.value]);

describe('a French clock time in words', () => {
  it('reads « et demie », « et quart », « moins le quart » and bare minutes as « 8 h 30 » does', () => {
    assert.deepEqual(values('Le car est parti vers sept heures et demie.'), [['sept heures et demie', 7.5]]);
    assert.deepEqual(values('Le car est parti à sept heures et quart.'), [['sept heures et quart', 7.25]]);
    assert.deepEqual(values('Le car est parti à sept heures moins le quart.'), [['sept heures moins le quart', 6.75]]);
    assert.deepEqual(values('Le car est parti à sept heures quinze, lundi.'), [['sept heures quinze', 7.25]]);
    assert.deepEqual(values('Le car est parti à 7 heures 45 dimanche.'), [['7 heures 45', 7.75]]);
  });

  it('leaves a count after the hour alone when a noun follows it', () => {
    assert.deepEqual(values('À 10 heures 30 manifestants attendaient devant la mairie.'), [['10 heures', 10], ['30 manifestants', 30]]);
  });

  it('is the time a passage writes « 7h30 », neither contradicted by it nor read as 7 h', () => {
    const index = indexOf({
      'car.md': `---\nid: car\ntitle: Le car scolaire\nlang: fr\ndate: 2021-03-02\n---\n\nLe car scolaire a quitté le dépôt de Vassy vers 7h30 lundi matin.\n`,
    });
    const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index).label;
    assert.equal(check('Le car scolaire a quitté le dépôt de Vassy vers sept heures et demie lundi matin.'), 'supported');
    assert.equal(check('Le car scolaire a quitté le dépôt de Vassy vers sept heures trente lundi matin.'), 'supported');
    assert.equal(check('Le car scolaire a quitté le dépôt de Vassy vers huit heures et demie lundi matin.'), 'contradicted');
  });
});
