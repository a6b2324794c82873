import assert from 'node:assert/strict';
import { acronymPair, isAcronymOf } from '../../../server/src/core/text/acronyms';

describe('acronyms and the names they stand for', () => {
  it('reads the initials of a name, linking words and articles skipped', () => {
    assert.equal(isAcronymOf('ERF', 'European Rowing Federation'), true);
    assert.equal(isAcronymOf('ASN', 'Autorité de sûreté nucléaire'), true);
    assert.equal(isAcronymOf('BoE', 'Bank of England'), true);
    assert.equal(isAcronymOf('FNSEA', "Fédération nationale des syndicats d'exploitants agricoles"), true);
    assert.equal(acronymPair('Union des transporteurs routiers', 'UTR'), true);
  });

  it('does not take another body, a word or a one-word name for an acronym', () => {
    assert.equal(isAcronymOf('ERF', 'European Rowing Fund Federation'), false);
    assert.equal(isAcronymOf('ERF', 'Federation'), false);
    assert.equal(isAcronymOf('Erf', 'European Rowing Federation'), false);
    assert.equal(isAcronymOf('ECB', 'European Rowing Federation'), false);
  });
});
