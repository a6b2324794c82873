import assert from 'node:assert/strict';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { withScores } from '../../../server/src/core/text/scores';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from '../claims/helpers';

describe('a tie-break in parentheses', () => {
  it('is part of its set’s score, no score of its own', () => {
    const text = 'Lena Brook beat Ana Sol 7-6 (9-7) 6-3 in the dead rubber to cut Norland’s winning margin to 3-2.';
    const raws = withScores(text, parseQuantities(text, 'en')).map((q) => q.raw);
    assert.deepEqual(raws, ['7-6', '6-3', '3-2']);
  });

  it('is no fix of the tie’s score', () => {
    const en = indexOf({
      'cup.md': `---
id: cup
title: Norland keep the cup
lang: en
---

Norland won the cup on Sunday in Oslo. Lena Brook beat Ana Sol 7-6 (9-7) 6-3 in the final dead rubber to cut Norland's winning margin to 3-2.
`,
    });
    const claim = "Lena Brook then beat Ana Sol in the dead rubber, which cut Norland's winning margin to 3-1.";
    const result = checkClaim(claim, analyzeClaim(claim, 'en', en.names), en);
    assert.notEqual(result.conflict?.sourceText, '9-7');
    if (result.label === 'contradicted') assert.equal(result.conflict?.sourceText, '3-2');
  });
});
