import assert from 'node:assert/strict';
import { parseQuantities } from '../../../server/src/core/text/quantities';

const shares = (text: string, lang: 'fr' | 'en') => parseQuantities(text, lang).filter((q) => q.fraction).map((q) => [q.raw, Math.round(q.value * 10) / 10]);

describe('ratios in words', () => {
  it('reads « un X sur cinq », "one in five", "two out of three" as shares in percent', () => {
    assert.deepEqual(shares('Un Breton sur cinq pratique la voile.', 'fr'), [['Un Breton sur cinq', 20]]);
    assert.deepEqual(shares('En moyenne, 7 TER sur 10 circuleront.', 'fr'), [['7 TER sur 10', 70]]);
    assert.deepEqual(shares('One in five adults sails.', 'en'), [['One in five', 20]]);
    assert.deepEqual(shares('Two out of three voters stayed home.', 'en'), [['Two out of three', 66.7]]);
    assert.deepEqual(shares('One in every four children walks to school.', 'en'), [['One in every four', 25]]);
  });

  it('reads no ratio from « sur » before a plural noun, a measure, or a longer number', () => {
    assert.deepEqual(shares('Un débat sur trois thèmes a eu lieu.', 'fr'), []);
    assert.deepEqual(shares('Un accident sur 20 km de route.', 'fr'), []);
    assert.deepEqual(shares('Fewer than one in 10,000 consoles failed.', 'en'), []);
    assert.deepEqual(shares('He won one in 2004.', 'en'), []);
  });

  it('reads no count of the noun after the ratio ("five adults")', () => {
    assert.ok(parseQuantities('One in five adults sails.', 'en').every((q) => q.unit !== 'adult'));
  });
});
