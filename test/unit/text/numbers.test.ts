import assert from 'node:assert/strict';
import { fold } from '../../../server/src/core/text/normalize';
import { canonicalNumber, parseNumeral } from '../../../server/src/core/text/numbers';
import { numberToWords, numberWordsCompose, numberWordsValue } from '../../../server/src/core/text/numberWords';
import { parseQuantities } from '../../../server/src/core/text/quantities';

describe('parseNumeral', () => {
  it('reads dot-grouped thousands with a decimal comma', () => {
    assert.deepEqual(parseNumeral('1.000.000,5'), { value: 1_000_000.5, groupSeparator: '.', decimalSeparator: ',' });
  });

  it('reads one dot group as thousands in French and as a decimal point in English', () => {
    assert.deepEqual(parseNumeral('6.500', 'fr'), { value: 6500, groupSeparator: '.' });
    assert.deepEqual(parseNumeral('240.000', 'fr'), { value: 240_000, groupSeparator: '.' });
    assert.deepEqual(parseNumeral('1.800,5', 'fr'), { value: 1800.5, groupSeparator: '.', decimalSeparator: ',' });
    assert.deepEqual(parseNumeral('6.500', 'en'), { value: 6.5, decimalSeparator: '.' });
    assert.deepEqual(parseNumeral('3.57', 'fr'), { value: 3.57, decimalSeparator: '.' });
  });

  it('reads digits grouped by a thin space or figure space', () => {
    assert.deepEqual(parseNumeral('100\u2009000'), { value: 100_000, groupSeparator: '\u2009' });
    assert.deepEqual(parseNumeral('2\u2007500'), { value: 2500, groupSeparator: '\u2007' });
  });

  it('reports the separators as written', () => {
    assert.deepEqual(parseNumeral('3,57'), { value: 3.57, decimalSeparator: ',' });
    assert.deepEqual(parseNumeral('100\u00a0000'), { value: 100_000, groupSeparator: '\u00a0' });
  });

  it('reads no value from a comma group with a digit lost in English ("$110,00"), and keeps the French decimal comma', () => {
    assert.equal(parseNumeral('110,00', 'en'), undefined);
    assert.equal(parseNumeral('110,000', 'en')?.value, 110000);
    assert.equal(parseNumeral('3,57', 'fr')?.value, 3.57);
  });

  it('returns undefined for what is not a numeral', () => {
    assert.equal(parseNumeral('3.57.2'), undefined);
    assert.equal(canonicalNumber('GPT-4'), undefined);
  });
});

describe('number words', () => {
  it('writes and reads back French and English numbers', () => {
    for (const n of [0, 7, 17, 21, 71, 80, 81, 91, 99, 100, 200, 201, 1000, 2000, 80_000, 234_567]) {
      const fr = numberToWords(n, 'fr')!;
      const en = numberToWords(n, 'en')!;
      assert.equal(numberWordsValue(fold(fr).split(' '), 'fr'), n, fr);
      assert.equal(numberWordsValue(en.split(' '), 'en'), n, en);
    }
  });

  it('follows French spelling rules', () => {
    assert.equal(numberToWords(80, 'fr'), 'quatre-vingts');
    assert.equal(numberToWords(200, 'fr'), 'deux cents');
    assert.equal(numberToWords(80_000, 'fr'), 'quatre-vingt mille');
    assert.equal(numberToWords(71, 'fr'), 'soixante et onze');
  });

  it('writes nothing for non-integers or large numbers', () => {
    assert.equal(numberToWords(2.5, 'fr'), undefined);
    assert.equal(numberToWords(1e6, 'en'), undefined);
  });
});

describe('number words that make one number', () => {
  it('composes words that add less than a round value before them, and multiplies by hundred and thousand', () => {
    for (const [words, lang] of [['twenty four', 'en'], ['three hundred and four', 'en'], ['two thousand five hundred', 'en'], ['soixante-dix-sept', 'fr'], ['quatre-vingt-onze', 'fr'], ['vingt et un', 'fr'], ['mille neuf cent', 'fr']] as const) {
      assert.equal(numberWordsCompose(words.split(' '), lang), true, words);
    }
  });

  it('does not add two numbers written side by side ("four Six Nations games", "nineteen eighty")', () => {
    assert.equal(numberWordsCompose(['four', 'six'], 'en'), false);
    assert.equal(numberWordsCompose(['six', 'four'], 'en'), false);
    assert.equal(numberWordsCompose(['nineteen', 'eighty'], 'en'), false);
    const q = parseQuantities('England lost four Six Nations games in a row.', 'en');
    assert.deepEqual(q.map((x) => x.value), [4]);
  });
});
