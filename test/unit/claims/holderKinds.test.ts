import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { holdersOfOtherKinds } from '../../../server/src/core/claims/holderKinds';
import { indexOf } from './helpers';

describe('a holder replaced only by a holder of its kind', () => {
  it('compares the corpus kinds of two names, unknown kinds deciding nothing', () => {
    const kinds: Record<string, string> = { 'Owen Brennan': 'person', Galway: 'place', 'Mara Delk': 'person' };
    const kindOf = (name: string) => kinds[name];
    assert.equal(holdersOfOtherKinds('Owen Brennan', 'Galway', kindOf), true);
    assert.equal(holdersOfOtherKinds('Owen Brennan', 'Mara Delk', kindOf), false);
    assert.equal(holdersOfOtherKinds('Owen Brennan', 'Tolvik', kindOf), false);
    assert.equal(holdersOfOtherKinds('Owen Brennan', 'Galway', undefined), false);
  });

  it('does not give a person’s fact to a place written before the verb', () => {
    const index = indexOf({
      'cycling.md': `---
id: cycling
title: Brennan stays at Ghent
lang: en
date: 2012-06-01
---

Owen Brennan has agreed a one-year extension with Ghent.

Aged 31, former Galway plumber joined Ghent from Leinster in 2008 and has ridden 40 races for the team.

Brennan was born in Galway, a city in the west of Ireland.
`,
    });
    index.entities();
    const claim = 'Owen Brennan, 31, joined Ghent from Leinster in 2008.';
    assert.notEqual(checkClaim(claim, analyzeClaim(claim, 'en', index.names), index).label, 'contradicted');
  });
});
