import assert from 'node:assert/strict';
import { parseQuantities } from '../../../server/src/core/text/quantities';

/** English counts in words that the figures of a source write in digits; invented sentences. */
describe('English counts in words: "and a half", ages in one hyphenated word', () => {
  it('reads "three and a half per cent" as 3.5 %, and "two and a half million" as 2.5 million', () => {
    const [rate] = parseQuantities('Inflation was put at three and a half per cent last year.', 'en');
    assert.deepEqual([rate.value, rate.kind], [3.5, 'percent']);
    const [visitors] = parseQuantities('The museum expects two and a half million visitors.', 'en');
    assert.equal(visitors.value, 2_500_000);
  });

  it('reads both ends of "between three and three and a half per cent"', () => {
    assert.deepEqual(parseQuantities('Growth of between three and three and a half per cent is expected.', 'en').map((q) => q.value), [3, 3.5]);
  });

  it('reads no half where "and a half" does not follow the count', () => {
    assert.deepEqual(parseQuantities('Three ministers and a half-hearted deputy attended.', 'en').map((q) => q.value), [3]);
  });

  it('reads "eighteen-year-old" and "twenty-five-year-old" as ages in years, as "18-year-old" is read', () => {
    const [young] = parseQuantities('Eighteen-year-old Tom Hale won the final.', 'en');
    const [older] = parseQuantities('The twenty-five-year-old driver was unhurt.', 'en');
    const [digits] = parseQuantities('18-year-old Tom Hale won the final.', 'en');
    assert.deepEqual([young.value, young.unit], [18, digits.unit]);
    assert.deepEqual([older.value, older.unit], [25, digits.unit]);
    assert.deepEqual(parseQuantities('A well-year-old claim.', 'en'), []);
  });
});
