import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { valueOfAnotherHolder } from '../../../server/src/core/claims/holderValues';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

const index = indexOf({
  'baltra.md': `---
id: baltra
title: Baltra Water faces a review of its concession
lang: en
---

The regional government said it would review the water concession held by Baltra Water. Norvik owns 45% of Baltra Water, while Denmark's Ostra Group is its second biggest shareholder with 20.5%. The review is due to end in March.
`,
});
const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', index.names), index);

/** The source value equal to the claim's first value, and what {@link valueOfAnotherHolder} says of it. */
function pairing(claim: string, source: string, lang: 'fr' | 'en') {
  const claimValue = parseQuantities(claim, lang)[0];
  const quantities = parseQuantities(source, lang);
  const equal = quantities.find((s) => s.value === claimValue.value)!;
  return valueOfAnotherHolder(claim, source, equal, quantities);
}

describe('a value a list pairs with another holder', () => {
  it('finds the claim holder\'s own value in a list of subjects with their values', () => {
    const source = 'Norvik owns 45% of Baltra Water, while Denmark\'s Ostra Group is its second biggest shareholder with 20.5%.';
    assert.deepEqual(pairing('Norvik owns 20.5% of Baltra Water.', source, 'en')?.ownValues.map((q) => q.value), [45]);
    assert.equal(pairing('Ostra Group is the second biggest shareholder with 20.5%.', source, 'en'), undefined);
  });

  it('finds it in a list of places after « pour », and gives none when the claim names two holders of the list', () => {
    const source = "Les exportations ont atteint 300 millions d'euros, dont 120 millions pour l'Allemagne et 80 millions pour l'Italie.";
    assert.deepEqual(pairing("Les exportations ont atteint 120 millions d'euros pour l'Italie.", source, 'fr')?.ownValues.map((q) => q.value), [80e6]);
    assert.equal(pairing("Les exportations ont atteint 80 millions d'euros pour l'Italie.", source, 'fr'), undefined);
    const shares = 'Of the fund\'s investors, 41.2% live in Norway, 12.7% in Austria, 8.4% in Poland and 2.9% in Chile.';
    assert.deepEqual(pairing('Some 12.7% of the fund\'s investors live in Poland.', shares, 'en')?.ownValues.map((q) => q.value), [8.4]);
    assert.deepEqual(pairing('Some 12.7% of Norway\'s investors live in Poland.', shares, 'en')?.ownValues, []);
  });

  it('reads no pairing between clauses whose names fill other slots, nor for a time', () => {
    const source = 'Lindqvist led Norway to the title but wants to focus on the Grand Prix in 2031, although he will return to the Nations Cup in 2032.';
    assert.equal(pairing('Lindqvist will not play the Nations Cup in 2031.', source, 'en'), undefined);
    const counts = 'Halden scored 3 goals in the final, and the coach said 2 of them came from corners.';
    assert.equal(pairing('Halden scored 2 goals in the final.', counts, 'en'), undefined);
  });

  it('contradicts a claim that gives one holder the value of another, with its own value as the fix', () => {
    const verdict = check('Norvik owns 20.5% of Baltra Water.');
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceQuantity?.value, 45);
    assert.notEqual(check('Norvik owns 45% of Baltra Water.').label, 'contradicted');
  });
});
