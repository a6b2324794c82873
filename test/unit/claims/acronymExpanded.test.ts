import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

/** An invented disciplinary case: the body named in full by the article, by its acronym in the claims. */
const corpus = indexOf({
  'fine.md': `---
id: fine
title: Coach fined over referee remarks
lang: en
date: 2022-03-18
---

Harlow coach Dan Mercer later accused the referee of bias and was fined £8,000 by the Rugby Union.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', corpus.names), corpus);

describe('an acronym of the claim whose body the passage names in full', () => {
  // Two letters: the existing reading of an acronym spelled out near (checkClaim's spelledOutNear) asks more of them.
  it('is named by the passage: its other figure contradicts the claim', () => {
    const v = check('Dan Mercer was fined £12,000 by the RU for accusing the referee of bias.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 8000);
  });

  it('is not named by a passage whose capitalised words have other initials', () => {
    assert.notEqual(check('Dan Mercer was fined £12,000 by the EC for accusing the referee of bias.').label, 'contradicted');
  });
});
