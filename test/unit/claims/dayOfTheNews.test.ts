import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

const index = indexOf({
  'brest.md': `---
id: brest
title: "Port de Brest : le préfet annonce la fermeture du bassin ouest"
lang: fr
date: 2022-03-18
---

Le bassin ouest du port de Brest sera fermé aux navires de commerce pendant six mois, pour des travaux de dragage, a précisé le préfet du Finistère.

En 2015, le bassin avait déjà été fermé trois semaines.
`,
});
const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index);

describe('the day of the news', () => {
  it('is the day of the fact the title tells, in a passage that writes no time', () => {
    assert.equal(check('Le vendredi 18 mars 2022, le préfet a annoncé la fermeture du bassin ouest du port de Brest.').label, 'supported');
  });

  it('is no other day', () => {
    assert.notEqual(check('Le 17 mars 2022, le préfet a annoncé la fermeture du bassin ouest du port de Brest.').label, 'supported');
  });

  it('dates no fact the title does not tell', () => {
    assert.notEqual(check('Le 18 mars 2022, le bassin ouest a accueilli des navires de commerce pour des travaux de dragage.').label, 'supported');
  });
});
