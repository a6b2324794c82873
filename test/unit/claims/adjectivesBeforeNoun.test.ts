import assert from 'node:assert/strict';
import { sameCountAcrossAdjectives, sameCountAcrossNounModifier } from '../../../server/src/core/claims/adjectivesBeforeNoun';
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

describe('sameCountAcrossNounModifier', () => {
  const ferries = 'Calloway, the firm which runs the four ferry routes of the bay, has offered a 6% rise.';
  const ferryCount = parseQuantities(ferries, 'en')[0];
  it('finds the counted noun right after the one noun that modifies it', () => {
    assert.equal(ferryCount.unit, 'ferri');
    assert.equal(sameCountAcrossNounModifier(claimCount("the bay's four routes"), ferryCount, ferries, 'en'), true);
    assert.equal(sameCountAcrossNounModifier(claimCount('its 4 routes'), ferryCount, ferries, 'en'), true);
  });

  it('states no other value, no other noun, and nothing in French sources', () => {
    assert.equal(sameCountAcrossNounModifier(claimCount('its five routes'), ferryCount, ferries, 'en'), false);
    assert.equal(sameCountAcrossNounModifier(claimCount('its four ports'), ferryCount, ferries, 'en'), false);
    assert.equal(sameCountAcrossNounModifier(claimCount('its four routes'), ferryCount, ferries, 'fr'), false);
    const name = 'The four Ferry Routes were sold.';
    assert.equal(sameCountAcrossNounModifier(claimCount('its four routes'), parseQuantities(name, 'en')[0], name, 'en'), false);
  });
});
