import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { decimalWordsFraction } from '../../../server/src/core/text/numberWords';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from '../claims/helpers';

describe('a decimal written in words ("point", « virgule »)', () => {
  const values = (text: string, lang: 'fr' | 'en') => parseQuantities(text, lang).map((q) => [q.value, text.slice(q.start, q.end)]);

  it('reads the number words, the point and the decimals as one number', () => {
    assert.deepEqual(values('Attendance reached sixty-two point eight per cent at the fair.', 'en'), [[62.8, 'sixty-two point eight per cent']]);
    assert.deepEqual(values('The kiln lost three point two five tonnes of clay.', 'en').map(([v]) => v), [3.25]);
    assert.deepEqual(values('La fonderie a coulé quatre virgule six millions de pièces.', 'fr').map(([v]) => v), [4_600_000]);
  });

  it('reads the decimals digit by digit, or as one French number, and nothing else', () => {
    assert.equal(decimalWordsFraction(['four', 'five'], 'en'), 0.45);
    assert.equal(decimalWordsFraction(['zero', 'cinq'], 'fr'), 0.05);
    assert.equal(decimalWordsFraction(['vingt-cinq'], 'fr'), 0.25);
    assert.equal(decimalWordsFraction(['two', 'hundred'], 'en'), undefined);
    assert.equal(decimalWordsFraction([], 'en'), undefined);
  });

  it('leaves "points" and a point that is no decimal alone', () => {
    assert.deepEqual(values('The potter won by seven points.', 'en').map(([v]) => v), [7]);
    assert.deepEqual(values('From sixty-two, point four of the plan', 'en').map(([v]) => v), [62, 4]);
    assert.deepEqual(values('At one point three potters left the fair.', 'en').map(([v]) => v), [3]);
  });

  const en = indexOf({
    'fair.md': `---
id: fair
title: County fair figures
lang: en
---

Attendance at the Brackmoor county fair reached 62.8% of tickets sold, the organisers said on Monday.
`,
  });
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

  it('does not contradict the true value written in words', () => {
    assert.notEqual(check('Attendance at the Brackmoor county fair reached sixty-two point eight per cent of tickets sold.').label, 'contradicted');
  });
});
