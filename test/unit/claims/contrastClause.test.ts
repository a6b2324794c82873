import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { hasRelativeMonth, inContrastClause } from '../../../server/src/core/claims/contrastClause';
import { indexOf } from './helpers';

describe('a month of a contrast clause, or beside a relative date, is not the claim’s fact’s date', () => {
  it('tells a contrast clause from a main clause after a fronted one', () => {
    const text = 'The mill sold 900 sacks of flour, while the bakery closed in June.';
    assert.equal(inContrastClause(text, text.indexOf('June')), true);
    const fronted = 'While the bakery closed, the mill sold 900 sacks of flour in June.';
    assert.equal(inContrastClause(fronted, fronted.indexOf('June')), false);
    const fr = 'Le moulin a vendu 900 sacs, alors que la boulangerie a fermé en juin.';
    assert.equal(inContrastClause(fr, fr.indexOf('juin')), true);
  });

  it('reads relative months', () => {
    assert.equal(hasRelativeMonth('The mill sold 900 sacks last month.'), true);
    assert.equal(hasRelativeMonth('Le moulin a vendu 900 sacs le mois dernier.'), true);
    assert.equal(hasRelativeMonth('The mill sold 900 sacks in May.'), false);
  });

  const index = indexOf({
    'mill.md': `---
id: mill
title: Harlow mill
lang: en
---

The Harlow mill sold 900 sacks of rye flour to bakeries, a third more than planned, while the town bakery closed its doors in June.
`,
    'moulin.md': `---
id: moulin
title: Le moulin de Carvin
lang: fr
---

Le moulin de Carvin a livré 700 sacs de farine de seigle le mois dernier, un tiers de plus que prévu, a indiqué la coopérative, qui avait fermé un entrepôt en juin.
`,
  });
  const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, index.names), index);

  it('does not contradict the claim’s month with a contrast clause’s', () => {
    assert.notEqual(check('The Harlow mill sold 900 sacks of rye flour to bakeries in May, a third more than planned.', 'en').label, 'contradicted');
  });

  it('does not contradict the claim’s month with another month of a passage dated by « le mois dernier »', () => {
    assert.notEqual(check('Le moulin de Carvin a livré 700 sacs de farine de seigle en mars, un tiers de plus que prévu.', 'fr').label, 'contradicted');
  });
});
