import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { governedByAnotherNoun, otherMeasureValue } from '../../../server/src/core/claims/otherMeasureValue';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

/** An invented notice: two measures of one thing in one sentence, each with its own figure. */
const index = indexOf({
  'colis.md': `---
id: colis
title: Un colis suspect à la gare de Villeclair
lang: fr
---

Le colis découvert à la gare de Villeclair pèse 190 kg et contient une charge de 26 kg de poudre noire, selon les démineurs.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index);

describe("otherMeasureValue: the claim's figure written as another measure's", () => {
  it('contradicts a weight with the weight, not the equal figure of the charge', () => {
    const v = check('Le colis découvert à la gare de Villeclair pèse 26 kg.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 190);
  });

  it('still finds the true figure of each measure', () => {
    assert.equal(check('Le colis découvert à la gare de Villeclair pèse 190 kg.').label, 'supported');
    assert.notEqual(check('Le colis découvert à la gare de Villeclair contient une charge de 26 kg de poudre noire.').label, 'contradicted');
  });

  it('takes no other value when an equal one states the fact, or when two others could', () => {
    const [a, b, c] = parseQuantities('pèse 190 kg et 26 kg et 12 kg', 'fr');
    const states = (s: { value: number }) => s.value !== 26;
    assert.equal(otherMeasureValue([b], [a, b], states, () => true), a);
    // The equal value states the claim's fact: no other value is its.
    assert.equal(otherMeasureValue([b], [a, b], () => true, () => true), undefined);
    // Two other values could be the claim's: the passage does not say which.
    assert.equal(otherMeasureValue([b], [a, b, c], states, () => true), undefined);
  });

  it("asks that the equal value's governing word be none of the claim's words", () => {
    assert.equal(governedByAnotherNoun(['charg'], new Set(['colis', 'pes'])), true);
    assert.equal(governedByAnotherNoun(['nuit'], new Set(['nuit', 'assur'])), false);
    assert.equal(governedByAnotherNoun(undefined, new Set(['nuit'])), false);
  });
});
