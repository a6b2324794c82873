import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

describe('a value of the other side of a contrast', () => {
  const en = indexOf({
    'index.md': `---
id: index
title: Harbour markets close lower
lang: en
date: 2022-10-03
---

In Kelby, the harbour freight index closed down 3 points at 44.38 points, while the Portmere freight index closed down 2 points at 48.64 points.
`,
  });
  const fr = indexOf({
    'chomage.md': `---
id: chomage
title: Le chômage par région
lang: fr
date: 2022-10-03
---

En 2021, le taux de chômage des jeunes atteignait 19,5 % dans les départements du Nord, contre seulement 7,1 % en Bretagne.
`,
  });
  const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);
  const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

  it('does not support a claim by its value written only on the side of another holder', () => {
    assert.notEqual(checkEn('The Kelby harbour freight index closed at 48.64 points.').label, 'supported');
    assert.notEqual(checkFr('Dans les départements du Nord, le taux de chômage des jeunes atteignait 7,1 %.').label, 'supported');
  });

  it('supports the value of the side that names the claim’s holder', () => {
    assert.equal(checkEn('The Portmere freight index closed at 48.64 points.').label, 'supported');
    assert.equal(checkFr('Le taux de chômage des jeunes atteignait 7,1 % en Bretagne.').label, 'supported');
  });
});
