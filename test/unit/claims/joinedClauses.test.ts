import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

/** Two facts told in two neighbouring sentences of one article, each with its own year. */
const index = indexOf({
  'barrage.md': `---
id: barrage
title: Le barrage de Vézins démonté
lang: fr
date: 2021-06-02
---

Le barrage de Vézins a été fermé en 2019 après des années de débat. La vidange du lac de Vézins sera normalement achevée en 2022. Ensuite doit se poursuivre la remise en état de la vallée, qui devrait commencer à l'horizon 2024 et se poursuivre au moins jusqu'en 2030.

Le barrage de la Roche-qui-Boit sera démonté plus tard.
`,
});
const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index);

describe('a claim that joins two facts', () => {
  it('states the time of its second clause where the next sentence writes it with that clause’s words', () => {
    assert.equal(check('La vidange du lac de Vézins sera achevée en 2022 et la remise en état commencera vers 2024.').label, 'supported');
  });

  it('does not take another year of the next sentence for it', () => {
    assert.notEqual(check('La vidange du lac de Vézins sera achevée en 2022 et la remise en état commencera vers 2027.').label, 'supported');
  });
});
