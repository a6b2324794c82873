import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { valueOfOneHolderOnly } from '../../../server/src/core/claims/sharedValue';
import { parseQuantities, sameQuantity } from '../../../server/src/core/text/quantities';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/** Invented articles: two firms, each with its own value of one measure. */
const corpus = indexOf({
  'profits.md': `---
id: profits
title: Brewers' profits
lang: en
---

Harlow Mills, the chief executive of Brevo, said profits rose 12% this year, while rival Castwick's profits rose 4%.
`,
  'voitures.md': `---
id: voitures
title: Les ventes de voitures
lang: fr
---

Le groupe Valmer a vendu 12 000 voitures en France, et son concurrent Ostrel 9 000.

Les brasseurs Korto et Bellin ont chacun exporté 800 tonnes de malt.
`,
});

const check = (text: string, lang: Lang) => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);
const oneOnly = (claim: string, passage: string, lang: Lang) => valueOfOneHolderOnly(claim, parseQuantities(claim, lang), passage, parseQuantities(passage, lang), sameQuantity);

describe('one value given to two holders', () => {
  const passage = "Harlow Mills, the chief executive of Brevo, said profits rose 12% this year, while rival Castwick's profits rose 4%.";

  it('reads the value the passage gives one of the claim’s two names only', () => {
    assert.equal(oneOnly("Brevo's and Castwick's profits both rose 12%.", passage, 'en'), true);
    assert.equal(oneOnly('Valmer et Ostrel ont vendu 12 000 voitures.', 'Le groupe Valmer a vendu 12 000 voitures en France, et son concurrent Ostrel 9 000.', 'fr'), true);
  });

  it('leaves a value the passage gives both names, or a claim of one name', () => {
    assert.equal(oneOnly('Korto et Bellin ont exporté 800 tonnes de malt.', 'Les brasseurs Korto et Bellin ont chacun exporté 800 tonnes de malt.', 'fr'), false);
    assert.equal(oneOnly('Brevo said profits rose 12%.', passage, 'en'), false);
    assert.equal(oneOnly("Brevo's and Castwick's profits rose 12% and 4%.", passage, 'en'), false);
  });

  it('does not call supported a claim that gives one holder’s value to two', () => {
    assert.notEqual(check("Brevo's and Castwick's profits both rose 12% this year.", 'en').label, 'supported');
    assert.notEqual(check('Valmer et Ostrel ont vendu 12 000 voitures en France.', 'fr').label, 'supported');
    assert.equal(check('Le groupe Valmer a vendu 12 000 voitures en France.', 'fr').label, 'supported');
    assert.equal(check('Les brasseurs Korto et Bellin ont exporté 800 tonnes de malt.', 'fr').label, 'supported');
  });
});
