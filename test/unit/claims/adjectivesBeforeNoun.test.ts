import assert from 'node:assert/strict';
import { sameCountAcrossAdjectives } from '../../../server/src/core/claims/adjectivesBeforeNoun';
import { parseQuantities } from '../../../server/src/core/text/quantities';

const source = 'Norvia is the first of the 12 northern Baltic states hit by the storms.';
const sourceCount = parseQuantities(source, 'en')[0];
const claimCount = (text: string) => parseQuantities(text, 'en')[0];

describe('sameCountAcrossAdjectives', () => {
  it('finds the counted noun after the adjectives between a source figure and its noun', () => {
    assert.equal(sourceCount.unit, 'northern');
    assert.equal(sameCountAcrossAdjectives(claimCount('the twelve states hit'), sourceCount, source, 'en'), true);
    assert.equal(sameCountAcrossAdjectives(claimCount('the 12 states hit'), sourceCount, source, 'en'), true);
  });

  it('states no other value, no other noun, and nothing in French sources', () => {
    assert.equal(sameCountAcrossAdjectives(claimCount('the eleven states hit'), sourceCount, source, 'en'), false);
    assert.equal(sameCountAcrossAdjectives(claimCount('the twelve ports hit'), sourceCount, source, 'en'), false);
    assert.equal(sameCountAcrossAdjectives(claimCount('the twelve states hit'), sourceCount, source, 'fr'), false);
  });
});
