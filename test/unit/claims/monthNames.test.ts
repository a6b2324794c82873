import assert from 'node:assert/strict';
import { monthIn, sameMonthLead, sameMonthName } from '../../../server/src/core/claims/monthNames';

describe('month names across French and English', () => {
  it('names the same month in either language, and no other', () => {
    assert.ok(sameMonthName('avril', 'april'));
    assert.ok(sameMonthName('aout', 'august'));
    assert.ok(!sameMonthName('mai', 'march'));
    assert.ok(!sameMonthName('avril', 'arrest'));
  });

  it('pairs the words that place a fact in a month', () => {
    assert.ok(sameMonthLead('in', 'en'));
    assert.ok(sameMonthLead('depuis', 'since'));
    assert.ok(!sameMonthLead('in', 'depuis'));
  });

  it('writes a month in the claim’s language, or keeps it as written', () => {
    assert.equal(monthIn('avril', 'en'), 'April');
    assert.equal(monthIn('May', 'fr'), 'mai');
    assert.equal(monthIn('April', 'en'), 'April');
    assert.equal(monthIn('août', 'fr'), 'août');
    assert.equal(monthIn('Tuesday', 'en'), 'Tuesday');
  });
});
