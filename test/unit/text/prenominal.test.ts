import assert from 'node:assert/strict';
import { parseQuantities } from '../../../server/src/core/text/quantities';

describe('a count with an adjective before its noun', () => {
  it('counts the noun, not the adjective', () => {
    const [fr] = parseQuantities('Les deux dernières piles du viaduc sont tombées.', 'fr');
    assert.equal(fr.unit, parseQuantities('Les deux piles du viaduc sont tombées.', 'fr')[0].unit);
    const [en] = parseQuantities('Ten former Vantor directors agreed to pay.', 'en');
    assert.equal(en.unit, parseQuantities('Ten directors agreed to pay.', 'en')[0].unit);
  });

  it('keeps « autres » as the word it counts by (an increment is told by it)', () => {
    assert.notEqual(parseQuantities('Trois autres piles sont tombées.', 'fr')[0].unit, parseQuantities('Trois piles sont tombées.', 'fr')[0].unit);
  });
});
