import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { comparativeAfter } from '../../../server/src/core/claims/polarity';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/** Invented articles that compare figures one way. */
const corpus = indexOf({
  'gas.md': `---
id: gas
title: Gas prices in Norland
lang: en
---

Gas from the Velka field is 40% cheaper than imported gas, the energy ministry of Norland said.
`,
  'lait.md': `---
id: lait
title: Le prix du lait à Sornac
lang: fr
---

Le lait de la coopérative de Sornac est 25 % plus cher que le lait importé, selon la chambre d'agriculture.
`,
});

const check = (text: string, lang: Lang) => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);
const after = (text: string, value: string) => comparativeAfter(text, text.indexOf(value) + value.length);

describe('comparatives', () => {
  it('reads the dimension and the way of a comparative after a value', () => {
    assert.deepEqual(after('It is 40% cheaper than gas.', '40%'), { dimension: 'cost', sign: -1 });
    assert.deepEqual(after('It is 40% more expensive than gas.', '40%'), { dimension: 'cost', sign: 1 });
    assert.deepEqual(after('Il est 25 % moins cher que le lait.', '25 %'), { dimension: 'cost', sign: -1 });
    assert.deepEqual(after('Output was 10% higher in May.', '10%'), { dimension: 'level', sign: 1 });
    assert.equal(after('Il produit 25 % plus de lait.', '25 %'), undefined);
    assert.equal(after('Sales rose 10% more than expected.', '10%'), undefined);
  });

  it('contradicts the same figure compared the other way, with no value fix', () => {
    const v = check('Gas from the Velka field is 40% dearer than imported gas.', 'en');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.kind, 'negation');
    assert.equal(check('Gas from the Velka field is 40% more expensive than imported gas.', 'en').label, 'contradicted');
    assert.equal(check("Le lait de la coopérative de Sornac est 25 % moins cher que le lait importé.", 'fr').label, 'contradicted');
  });

  it('leaves the same way alone, and fixes no value compared the other way', () => {
    assert.equal(check('Gas from the Velka field is 40% cheaper than imported gas.', 'en').label, 'supported');
    assert.equal(check("Le lait de la coopérative de Sornac est 25 % plus cher que le lait importé.", 'fr').label, 'supported');
    const v = check('Gas from the Velka field is 60% dearer than imported gas.', 'en');
    assert.notEqual(v.conflict?.kind, 'quantity');
  });
});

describe('superlatives with no ordinal', () => {
  const ranks = indexOf({
    'producers.md': `---
id: producers
title: Gas producers of the Velka basin
lang: en
---

Norland is the second-largest gas producer in the Velka basin, after Ostmark. Kestrel Mills won the best design award for the second time.
`,
  });
  const en = (text: string) => checkClaim(text, analyzeClaim(text, 'en', ranks.names), ranks);

  it('contradicts "the largest" where the source ranks the same superlative second, fixed with the source’s rank', () => {
    const v = en('Norland is the largest gas producer in the Velka basin.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceName, 'second-largest');
    assert.equal(en('Norland is the second-largest gas producer in the Velka basin.').label, 'supported');
  });

  it('reads no rank in an award’s name ("the best design award")', () => {
    assert.notEqual(en('Kestrel Mills won the best design award for the second time.').label, 'contradicted');
  });
});
