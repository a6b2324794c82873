import assert from 'node:assert/strict';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { tokenize } from '../../../server/src/core/text/tokenize';

describe('an English count written as one hyphenated word with grouped or decimal digits', () => {
  it('keeps "12,500-seat" one token, and a grouped number before a comma apart', () => {
    assert.deepEqual(tokenize('a new 12,500-seat arena').map((t) => t.text), ['a', 'new', '12,500-seat', 'arena']);
    assert.deepEqual(tokenize('a 1,250,000-strong army').map((t) => t.text), ['a', '1,250,000-strong', 'army']);
    assert.deepEqual(tokenize('they paid 12,500, then left').map((t) => t.text), ['they', 'paid', '12,500', 'then', 'left']);
  });

  it('reads the whole number and counts the noun, as "12,500 seats" is read', () => {
    const [compound] = parseQuantities('The town opened a new 12,500-seat arena.', 'en');
    const [plain] = parseQuantities('The new arena has 12,500 seats.', 'en');
    assert.equal(compound.value, 12500);
    assert.equal(compound.unit, plain.unit);
    assert.equal(compound.raw, '12,500-seat');
  });

  it('reads decimals in the compound ("a 3.5-kilometre loop")', () => {
    const [q] = parseQuantities('Runners did a 3.5-kilometre loop.', 'en');
    assert.equal(q.value, 3.5);
    assert.equal(q.unit, parseQuantities('Runners did 3.5 kilometres.', 'en')[0].unit);
  });

  it('counts the noun an "-er" compound is made of ("a 12,500-seater arena" has 12,500 seats)', () => {
    const [seater] = parseQuantities('The town opened a 12,500-seater arena.', 'en');
    const [seat] = parseQuantities('The town opened a 12,500-seat arena.', 'en');
    assert.equal(seater.value, 12500);
    assert.equal(seater.unit, seat.unit);
  });
});
