import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { yearPairedInList } from '../../../server/src/core/claims/listPairs';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

/** An invented career: a list that pairs each title with its year, one year before its name, one after. */
const corpus = indexOf({
  'career.md': `---
id: career
title: Mara Kelso retires
lang: en
---

Mara Kelso won four major titles, the 2006 Harbour Open, Lakeside in 2008 and the 2009 Northern Classic.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', corpus.names), corpus);

describe('years paired with names in a list', () => {
  it('reads each year’s name in a list, before or after it', () => {
    const claim = 'Her titles were the 2006 Harbour Open, Lakeside in 2009 and the 2008 Northern Classic.';
    const source = 'Mara Kelso won four major titles, the 2006 Harbour Open, Lakeside in 2008 and the 2009 Northern Classic.';
    const cq = parseQuantities(claim, 'en');
    const sq = parseQuantities(source, 'en');
    const lakeside = cq.find((q) => q.value === 2009)!;
    assert.equal(yearPairedInList(claim, cq, lakeside, source, sq)?.value, 2008);
    // One named year alone is no list: the words around it decide.
    const single = 'Lakeside in 2009 was her best win.';
    const one = parseQuantities(single, 'en');
    assert.equal(yearPairedInList(single, one, one[0], source, sq), undefined);
  });

  it('contradicts two years swapped between the items of a list, with the item’s own year', () => {
    const v = check('Mara Kelso won the 2006 Harbour Open, Lakeside in 2009 and the 2008 Northern Classic.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 2008);
    assert.notEqual(check('Mara Kelso won the 2006 Harbour Open, Lakeside in 2008 and the 2009 Northern Classic.').label, 'contradicted');
  });
});
