import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

/** An article of Friday 18 March 2022: the day is told once, by its weekday, and the next sentence goes on with it. */
const index = indexOf({
  'vernon.md': `---
id: vernon
title: "Vernon : l'ancienne usine perd ses cheminées"
lang: fr
date: 2022-03-18
---

Les deux dernières cheminées de l'usine de Vernon, qui avait fermé le 2 mai 2009, ont été abattues à l'explosif ce vendredi matin. La détonation a été déclenchée à 10H05 et les quelque 2.300 tonnes de brique des deux cheminées se sont effondrées en neuf secondes dans un nuage de poussière.
`,
});
const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index);

describe('a day told by the sentence before', () => {
  it('dates the passage that goes on with that day', () => {
    assert.equal(check('Le 18 mars 2022, les 2 300 tonnes de brique des deux dernières cheminées se sont effondrées en neuf secondes.').label, 'supported');
  });

  it('is no other day', () => {
    assert.notEqual(check('Le 11 mars 2022, les 2 300 tonnes de brique des deux dernières cheminées se sont effondrées en neuf secondes.').label, 'supported');
  });
});
