import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

const en = indexOf({
  'mill.md': `---
id: mill
title: Paper mill to stay open
lang: en
date: 2016-06-01
---

Harlow Paper employs 3,200 people at its mill in Dundee, its owner said on Monday.
`,
});
const fr = indexOf({
  'usine.md': `---
id: usine
title: La papeterie reste ouverte
lang: fr
date: 2016-06-01
---

La papeterie Morvan emploie 3.200 salariés dans son usine de Quimper, a indiqué lundi son propriétaire.
`,
});
const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('a figure read the other locale’s way', () => {
  it('does not contradict a count whose separator the source reads as thousands', () => {
    const v = checkEn('Harlow Paper employs 3.200 people at its mill in Dundee.');
    assert.notEqual(v.label, 'contradicted');
    const w = checkFr('La papeterie Morvan emploie 3,200 salariés dans son usine de Quimper.');
    assert.notEqual(w.label, 'contradicted');
  });

  it('still contradicts a count that is wrong read either way', () => {
    assert.equal(checkEn('Harlow Paper employs 2.800 people at its mill in Dundee.').label, 'contradicted');
  });
});
