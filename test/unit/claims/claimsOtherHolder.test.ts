import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

// Invented text: two films, each with its count, told in two sentences; the second names only the other film.
const index = indexOf({
  'prizes.md': `---
id: prizes
title: Northern Lights leads the Calder Awards field
lang: en
---

Northern Lights leads the field at this year's Calder Awards with 16 nominations.

It is up against Glass Harbour, Low Tide and the Irish film Saltmarsh, which has 12 nominations.
`,
  'prix.md': `---
id: prix
title: Les Lanternes en tête des Prix Calder
lang: fr
---

Les Lanternes dominent la compétition des Prix Calder avec 16 nominations.

Le film est opposé à Marée basse et au film irlandais Salicorne, qui compte 12 nominations.
`,
});
const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, index.names), index);

describe('a claim that pairs each of its values with its holder', () => {
  it('is not contradicted by the other holder\'s value, which the claim itself gives that holder', () => {
    assert.notEqual(check("Northern Lights, with 16 nominations, was ahead of Saltmarsh's 12.", 'en').label, 'contradicted');
    assert.notEqual(check('Les Lanternes, avec 16 nominations, devancent Salicorne et ses 12.', 'fr').label, 'contradicted');
  });
});
