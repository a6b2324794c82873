import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

/** An invented article that dates its facts by month and year. */
const corpus = indexOf({
  'routes.md': `---
id: routes
title: Harbour Lines cuts its Bilbao route
lang: en
---

Harbour Lines closed its Bilbao route in March 2011 after losses of $40m. The company opened a new route to Cork in June 2011.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', corpus.names), corpus);

describe('dates of month precision', () => {
  it('contradicts another month of the same year for the same fact, with the source’s month and year', () => {
    const v = check('Harbour Lines closed its Bilbao route in May 2011 after losses of $40m.');
    assert.equal(v.label, 'contradicted');
    assert.deepEqual(v.conflict?.sourceQuantity?.date, { month: 3, year: 2011 });
    assert.equal(v.conflict?.claimQuantity?.raw, 'May 2011');
    assert.equal(check('Harbour Lines closed its Bilbao route in March 2011 after losses of $40m.').label, 'supported');
  });

  it('compares a month only with the month of the same fact, of the same subject', () => {
    // The claim's year alone: nothing to compare the month with.
    assert.notEqual(check('Harbour Lines closed its Bilbao route in 2011 after losses of $40m.').label, 'contradicted');
    // Another company: the same predicate with another subject.
    assert.notEqual(check('Seaway Ferries closed its Bilbao route in May 2011 after losses of $40m.').label, 'contradicted');
    // Another fact of the article, in another month.
    assert.notEqual(check('Harbour Lines hired 120 sailors in May 2011.').label, 'contradicted');
  });
});

describe('dates of month precision in a short French claim', () => {
  const fr = indexOf({
    'k.md': `---
id: k
title: La fin de Kelor
lang: fr
---

Mais cette entreprise (Kelor), de l'industriel picard Paul Roy, a été liquidée en août 2019, faute de débouchés commerciaux.
`,
  });
  const on = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

  it('counts the claim’s month as stated by a passage that dates the same year by a month, and contradicts another month', () => {
    const v = on('Kelor a été liquidée en septembre 2019.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceText, 'août 2019');
    assert.equal(on('Kelor a été liquidée en août 2019.').label, 'supported');
  });
});
