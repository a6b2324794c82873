import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { boundMeasureOf } from '../../../server/src/core/claims/boundMeasures';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

const measureAt = (text: string, raw: string, lang: 'fr' | 'en') => boundMeasureOf(text, parseQuantities(text, lang).find((q) => q.raw.startsWith(raw))!);

const fr = indexOf({
  'digue.md': `---
id: digue
title: La digue de Porvel achevée
lang: fr
date: 2021-05-02
---

La nouvelle digue de Porvel mesure 240 mètres de long et 9 mètres de large.
`,
});
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

const en = indexOf({
  'barge.md': `---
id: barge
title: Barge launched at Kelmouth
lang: en
date: 2021-05-02
---

The Kelmouth barge is 84 metres long and 12 metres wide.
`,
});
const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

describe('boundMeasureOf: the measure a word binds a value to', () => {
  it('reads the measure word after or before the value', () => {
    assert.equal(measureAt('Elle mesure 240 mètres de long.', '240', 'fr'), 'length');
    assert.equal(measureAt('Elle est large de 9 mètres.', '9', 'fr'), 'width');
    assert.equal(measureAt('Une hauteur de 30 mètres.', '30', 'fr'), 'height');
    assert.equal(measureAt('It is 12 metres wide.', '12', 'en'), 'width');
    assert.equal(measureAt('The lorry weighed more than 40 tonnes.', '40', 'en'), 'weight');
    assert.equal(measureAt('Elle a coûté 9 millions.', '9', 'fr'), undefined);
  });
});

describe('measures given the other way round', () => {
  it('contradicts two figures each bound to the other measure, fixing both', () => {
    const claim = 'La nouvelle digue de Porvel est longue de 9 mètres et large de 240 mètres.';
    const verdict = checkFr(claim);
    assert.equal(verdict.label, 'contradicted');
    const fixes = [verdict.conflict!, ...(verdict.conflict?.others ?? [])].map((c) => `${claim.slice(c.claimStart, c.claimEnd)}→${c.sourceText}`).sort();
    assert.deepEqual(fixes, ['240→9 mètres', '9→240 mètres']);
    const en2 = checkEn('The Kelmouth barge is 12 metres long and 84 metres wide.');
    assert.equal(en2.label, 'contradicted');
  });

  it('contradicts one figure bound to the other measure, with the figure of its own', () => {
    const verdict = checkFr('La nouvelle digue de Porvel mesure 9 mètres de long.');
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceText, '240 mètres');
  });

  it('supports the measures given the right way round', () => {
    assert.equal(checkFr('La nouvelle digue de Porvel est longue de 240 mètres et large de 9 mètres.').label, 'supported');
    assert.equal(checkEn('The Kelmouth barge is 84 metres long and 12 metres wide.').label, 'supported');
  });
});
