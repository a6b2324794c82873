import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

const en = indexOf({
  'kettles.md': `---
id: kettles
title: Kettle maker's year
lang: en
date: 2012-03-01
---

Kettle maker Durnow said its net income fell 41% to 80m pounds last year, hurt by the cost of steel. Although like-for-like sales fell 2.3%, total sales for the year were 3bn pounds, up 5.8%, thanks to new shops.
`,
});
const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

const fr = indexOf({
  'bouilloires.md': `---
id: bouilloires
title: L'année d'un fabricant de bouilloires
lang: fr
date: 2012-03-01
---

Le bénéfice net de Durnow a chuté de 41 % l'an dernier, plombé par le prix de l'acier. Si les ventes à magasins comparables ont reculé de 2,3 %, le chiffre d'affaires total atteint 3 milliards d'euros, en hausse de 5,8 %.
`,
});
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('a change figure told the other way is the opposite reading, not another measure\'s value', () => {
  it('contradicts the direction with no value fix, instead of writing another measure\'s figure', () => {
    for (const claim of ["Durnow's sales fell 5.8%.", "Durnow's total sales fell 5.8%."]) {
      const verdict = checkEn(claim);
      assert.equal(verdict.label, 'contradicted', claim);
      assert.notEqual(verdict.conflict?.kind, 'quantity', `${claim}: ${verdict.conflict?.sourceText}`);
    }
  });

  it('reads French changes the same way', () => {
    const verdict = checkFr("Le chiffre d'affaires total de Durnow a reculé de 5,8 %.");
    assert.notEqual(verdict.conflict?.kind, 'quantity', verdict.conflict?.sourceText);
  });

  it('still writes the value of the same measure when the figure differs', () => {
    const verdict = checkEn("Durnow's net income fell 35%.");
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceText, '41%');
  });

  it('still supports the change told the same way', () => {
    assert.equal(checkEn("Durnow's sales rose 5.8%.").label, 'supported');
  });
});
