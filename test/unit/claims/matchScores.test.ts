import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/** An invented match report: a half-time score, a result told with another verb, a tie's tally after another match. */
const corpus = indexOf({
  'cup.md': `---
id: cup
title: Harbridge march on in the Northern Cup
lang: en
---

Goals from Ivo Reid and Lars Olsen gave the visitors a 2-0 half-time advantage at Tolworth. Harbridge had been trounced 5-1 at Tolworth in 2019. Harbridge go 2-0 up in the series after the second leg in Leeds.
`,
});

const check = (text: string, lang: Lang = 'en') => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

describe('scores of a match told with other words', () => {
  it('contradicts a half-time score with the source’s, whatever words tell the half-time lead', () => {
    const v = check('Goals from Ivo Reid and Lars Olsen gave Harbridge a 3-0 lead at the break at Tolworth.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.raw, '2-0');
    assert.notEqual(check('Goals from Ivo Reid and Lars Olsen gave Harbridge a 2-0 lead at the break at Tolworth.').label, 'contradicted');
  });

  it('contradicts a result told with another verb ("beaten", "trounced")', () => {
    const v = check('Harbridge had been beaten 4-1 at Tolworth in 2019.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.raw, '5-1');
  });

  it('does not compare a result with a half-time score, nor a tally after another match', () => {
    // A result is not the half-time score.
    assert.notEqual(check('Ivo Reid and Lars Olsen scored as the visitors won 3-0 at Tolworth.').label, 'contradicted');
    // The series' tally after its second leg is not the score after its first.
    assert.notEqual(check('Harbridge led 1-0 after Ivo Reid beat Tolworth in the first leg in Leeds.').label, 'contradicted');
  });
});
