import assert from 'node:assert/strict';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { scoreInClaimOrder } from '../../../server/src/core/text/scores';

describe('scores of a match', () => {
  it('reads "N-M" in a sentence about a match as one score, whichever team is written first', () => {
    const [first, aggregate] = parseQuantities('Harbridge beat Tolworth 2-1 for a 5-3 aggregate win.', 'en');
    assert.equal(first.unit, 'score');
    assert.equal(first.raw, '2-1');
    assert.equal(aggregate.raw, '5-3');
    assert.equal(parseQuantities('Tolworth 1-2 Harbridge: the visitors won.', 'en')[0].value, first.value);
    assert.deepEqual(parseQuantities('Victoire 3-0 du Stade lavallois samedi.', 'fr').map((q) => q.raw), ['3-0']);
    assert.deepEqual(parseQuantities('He won 6-4 6-3 6-0.', 'en').map((q) => q.raw), ['6-4', '6-3', '6-0']);
  });

  it('leaves ranges, seasons and sentences with no match as numbers', () => {
    assert.ok(parseQuantities('The 2004-05 season was won by Harbridge.', 'en').every((q) => q.unit !== 'score'));
    assert.ok(parseQuantities('The team won again 3-4 days later.', 'en').every((q) => q.unit !== 'score'));
    assert.ok(parseQuantities('Children aged 5-11 won prizes.', 'en').every((q) => q.unit !== 'score'));
    assert.ok(parseQuantities('Les pièces 3-4 sont fermées.', 'fr').every((q) => q.unit !== 'score'));
    // A range of days before a month, even in a sentence about a match.
    assert.ok(parseQuantities('The final will be played on 19-20 March.', 'en').every((q) => q.unit !== 'score'));
  });

  it('reads a score told by other words of a match (a half-time advantage, "trounced", « à la mi-temps »)', () => {
    assert.equal(parseQuantities('Goals from Reid and Olsen gave the hosts a 2-0 half-time advantage.', 'en')[0]?.unit, 'score');
    assert.equal(parseQuantities('Harbridge were trounced 31-3 in Leeds a year ago.', 'en')[0]?.unit, 'score');
    assert.equal(parseQuantities('Tolworth was leading 14-6 after twenty minutes.', 'en')[0]?.unit, 'score');
    assert.equal(parseQuantities('Le Stade lavallois était devant 2-1 à la mi-temps.', 'fr')[0]?.unit, 'score');
  });

  it('writes the source score in the claim’s order', () => {
    const [claim] = parseQuantities('Tolworth lost 1-3 to Harbridge in the final.', 'en');
    const [source] = parseQuantities('Harbridge won the final 2-1.', 'en');
    assert.equal(scoreInClaimOrder(claim, source), '1-2');
  });
});

describe('runs of scores', () => {
  it('reads the sets of a match as set scores, a tie-break in parentheses as part of its set, apart from the match’s score', () => {
    const units = parseQuantities('Ada Kerrow beat Nell Farrow 7-6 (8-6) 6-2 to cut Wessex’s winning margin to 3-2.', 'en').map((q) => [q.raw, q.unit]);
    assert.deepEqual(units, [['7-6', 'set-score'], ['6-2', 'set-score'], ['3-2', 'score']]);
  });
});
