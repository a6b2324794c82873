import assert from 'node:assert/strict';
import { isBareMillion } from '../../../server/src/core/text/bareMillion';
import { parseQuantities } from '../../../server/src/core/text/quantities';

const read = (text: string) => parseQuantities(text, 'en').map((q) => [q.raw, q.value]);
const at = (text: string, figure: string) => isBareMillion(text, text.indexOf(figure), text.indexOf(figure) + figure.length);

describe('"m" for million with no currency', () => {
  it('reads a count written the British press’s way', () => {
    assert.deepEqual(read('The claimant count reached 2.418m in March.'), [['2.418m', 2418000]]);
    assert.deepEqual(read('Some 3.2m households were behind on their bills.'), [['3.2m households', 3200000]]);
    assert.equal(at('The orchard ships 40m apples a year.', '40m'), true);
  });

  it('leaves lengths, heights and athletics alone', () => {
    assert.deepEqual(read('The new lighthouse is 38m tall.'), []);
    assert.equal(at('She cleared 4.72m at the indoor meeting in Ghent.', '4.72m'), false);
    assert.equal(at('He won the 400m hurdles in Oslo.', '400m'), false);
    assert.equal(at('The pair contest the 60m as the season opens.', '60m'), false);
    assert.equal(at('He took both the 1500m and 5,000m titles.', '5,000m'), false);
    assert.equal(at('Her 6.31m leap was a personal best.', '6.31m'), false);
    assert.equal(at('The mast rises 12.5m above the deck.', '12.5m'), false);
  });

  it('keeps money with its currency as before', () => {
    assert.deepEqual(read('It cost £2.3bn and $424m.'), [['£2.3bn', 2.3e9], ['$424m', 424e6]]);
  });
});
