import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { thingDatedBy } from '../../../server/src/core/claims/namedDates';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

/** An invented article that dates a named thing by a year written before its name. */
const corpus = indexOf({
  'accord.md': `---
id: accord
title: Ferry operators and the harbour rules
lang: en
---

According to the port authority, the new timetable of Harbour Lines broke the 2007 Harbour Safety Accord, which sets rules for ferry operators.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', corpus.names), corpus);
const yearOf = (text: string) => parseQuantities(text, 'en').find((q) => q.kind === 'year')!;

describe('years of a named thing', () => {
  it('reads a year written between a determiner and a name as the date of the named thing', () => {
    const text = 'The plan broke the 2007 Harbour Safety Accord, which sets rules.';
    assert.deepEqual(thingDatedBy(text, yearOf(text)), ['harbour', 'safety', 'accord']);
    const other = 'In 2007 Harbour Lines bought two ferries.';
    assert.equal(thingDatedBy(other, yearOf(other)), undefined);
  });

  it('contradicts another year for the thing, told by a predicate that dates it', () => {
    const v = check('The Harbour Safety Accord dates from 2009.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 2007);
    assert.equal(check('The 2009 Harbour Safety Accord sets rules for ferry operators.').conflict?.sourceQuantity?.value, 2007);
  });

  it('compares no year of another event of the thing, or of another subject', () => {
    assert.notEqual(check('The Harbour Safety Accord was ratified in 2009.').label, 'contradicted');
    assert.notEqual(check('The port authority met in 2009 to discuss the Harbour Safety Accord.').label, 'contradicted');
  });
});
