import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { partOfCompoundTitle } from '../../../server/src/core/claims/compoundTitles';
import { indexOf } from './helpers';

const fr = indexOf({
  'ferry.md': `---
id: ferry
title: L'armateur présente ses excuses
lang: fr
date: 2021-08-12
---

"Nous sommes désolés", a souligné lors d'une conférence de presse Aiko Mori, PDG de Kaiyo Ferries, ajoutant que la compagnie paierait le nettoyage.
`,
});
fr.entities();
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('a part of a compound title', () => {
  it('does not contradict « président » nor « directeur général » of a PDG', () => {
    for (const title of ['président', 'directeur général']) {
      const v = checkFr(`Le ${title} de Kaiyo Ferries, Aiko Mori, a souligné que la compagnie paierait le nettoyage.`);
      assert.notEqual(v.label, 'contradicted', title);
    }
  });

  it('still contradicts another title', () => {
    assert.equal(partOfCompoundTitle('PDG', 'trésorier'), false);
    assert.equal(partOfCompoundTitle('président', 'PDG'), true);
    assert.equal(partOfCompoundTitle('Directeur général', 'PDG'), true);
  });
});
