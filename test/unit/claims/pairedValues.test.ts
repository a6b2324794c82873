import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { crossesPair } from '../../../server/src/core/claims/pairedValues';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

const fr = indexOf({
  'infirmiers.md': `---
id: infirmiers
title: Les infirmiers du centre de Vierzon changent de planning
lang: fr
date: 2019-03-04
---

Chaque infirmier du centre de Vierzon assurera désormais trois nuits de 10 heures ou cinq de 6 heures par semaine, a annoncé la direction.
`,
});
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('a count paired with the other alternative’s measure', () => {
  it('does not support a count the passage gives with another measure', () => {
    assert.notEqual(checkFr('Chaque infirmier du centre de Vierzon assurera cinq nuits de 10 heures par semaine.').label, 'supported');
    const claim = 'Each nurse works five shifts of 10 hours a week.';
    const source = 'Each nurse works three shifts of 10 hours or five of 6 hours a week.';
    assert.equal(crossesPair(claim, parseQuantities(claim, 'en'), source, 'en'), true);
  });

  it('still supports each alternative as the passage pairs it', () => {
    assert.equal(checkFr('Chaque infirmier du centre de Vierzon assurera trois nuits de 10 heures par semaine.').label, 'supported');
    const claim = 'Each nurse works five shifts of 6 hours a week.';
    const source = 'Each nurse works three shifts of 10 hours or five of 6 hours a week.';
    assert.equal(crossesPair(claim, parseQuantities(claim, 'en'), source, 'en'), false);
  });
});
