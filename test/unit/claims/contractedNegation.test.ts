import assert from 'node:assert/strict';
import { analyzeClaim, isNegated } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { contractedNegationVerb } from '../../../server/src/core/claims/negations';
import { indexOf } from './helpers';

const en = indexOf({
  'harbour.md': `---
id: harbour
title: Harbour traffic slows
lang: en
date: 2021-05-03
---

"I don't expect a strong and lasting recovery in container traffic until 2023," port director Ellen Marsh said.

Container traffic fell for a third month in April.
`,
  'council.md': `---
id: council
title: Council budget
lang: en
date: 2021-05-04
---

The council said it expected to balance its budget, the mayor said on Monday.

Bus traffic in the city rose in April, the council said.
`,
});
const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

describe('English negative contractions', () => {
  it('reads a contraction as a negation, with a straight or curly apostrophe, inside quotation marks too', () => {
    for (const s of ['"We don\'t expect it," she said.', 'It wasn’t sold.', 'They won\'t sign.', 'He can’t pay.', 'She didn\'t resign.']) assert.equal(isNegated(s, 'en'), true, s);
    assert.equal(isNegated('The Donte family sold it.', 'en'), false);
    assert.equal(contractedNegationVerb("won't"), 'will');
    assert.equal(contractedNegationVerb('isn’t'), 'is');
    assert.equal(contractedNegationVerb('expect'), undefined);
  });

  it('does not call the opposite a claim that reports a quoted negation as a negation', () => {
    const v = checkEn('Ellen Marsh did not expect a strong and lasting recovery in container traffic until 2023.');
    assert.notEqual(v.label, 'contradicted');
  });
});
