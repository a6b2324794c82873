import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { otherMultiple } from '../../../server/src/core/claims/multipliers';
import { ferriesCorpus, indexOf } from './helpers';

describe('a multiple said with another word', () => {
  const en = indexOf(ferriesCorpus);
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

  it('is not supported by another multiple', () => {
    assert.equal(check('Revenues from crossings should more than double to $4bn in three years.').label, 'supported');
    assert.notEqual(check('Revenues from crossings should more than triple to $4bn in three years.').label, 'supported');
  });

  it('compares the multiples written', () => {
    assert.equal(otherMultiple('Sales tripled.', 'en', 'Sales doubled.', 'en'), true);
    assert.equal(otherMultiple('Les ventes ont triplé.', 'fr', 'Les ventes ont doublé.', 'fr'), true);
    assert.equal(otherMultiple('Sales doubled.', 'en', 'Sales doubled, then tripled.', 'en'), false);
    assert.equal(otherMultiple('Sales rose.', 'en', 'Sales doubled.', 'en'), false);
  });
});
