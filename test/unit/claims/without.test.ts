import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { doneWithout } from '../../../server/src/core/claims/without';
import { indexOf } from './helpers';

describe('« sans », "without" before the claim’s verb', () => {
  const corpus = indexOf({
    'ferry.md': `---
id: ferry
title: Ferry dispute in Penzance
lang: en
---

In March 2023 the Scilly Shipping Company left the Penzance harbour talks without signing the lease.
`,
    'bac.md': `---
id: bac
title: Le bac de Lorient
lang: fr
---

En mars 2023, la Compagnie Océane a quitté les négociations du port de Lorient sans signer le bail.
`,
  });
  const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

  it('contradicts the claim that the verb was done', () => {
    assert.equal(check('In March 2023 the Scilly Shipping Company signed the lease at the Penzance harbour talks.', 'en').label, 'contradicted');
    assert.equal(check('En mars 2023, la Compagnie Océane a signé le bail lors des négociations du port de Lorient.', 'fr').label, 'contradicted');
  });

  it('leaves a verb the passage also writes positively, or the claim writes after « sans » too', () => {
    const terms = (text: string, lang: 'fr' | 'en') => new Set(analyzeClaim(text, lang, corpus.names).words.flatMap((w) => w.terms));
    const claim = 'The company signed the lease.';
    assert.equal(doneWithout(claim, terms(claim, 'en'), 'The company signed the lease, while its rival left without signing.', 'en'), false);
    const own = 'The company left without signing the lease.';
    assert.equal(doneWithout(own, terms(own, 'en'), 'The company left the talks without signing the lease.', 'en'), false);
    assert.equal(doneWithout('La société a payé.', terms('La société a payé.', 'fr'), 'Il ne fait sans doute aucun doute que la société a payé.', 'fr'), false);
  });
});
