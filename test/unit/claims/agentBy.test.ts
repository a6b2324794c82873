import assert from 'node:assert/strict';
import { agentCount } from '../../../server/src/core/claims/agentBy';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

/** An invented court report: a panel counted as a level, and a rate cut by a change. */
const corpus = indexOf({
  'court.md': `---
id: court
title: Appeal heard by the full bench in Harwick
lang: en
---

The appeal was heard by a panel of eleven judges rather than the usual three because of its importance. The Harwick bank cut its rate by 0.5 percentage points to 3.25%.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', corpus.names), corpus);

describe('a count after a passive "by"', () => {
  it('is the agent, not a change', () => {
    const heard = 'The appeal was heard by nine judges.';
    assert.equal(agentCount(heard, parseQuantities(heard, 'en')[0]), true);
    const cut = 'The bank cut its rate by 0.5 percentage points.';
    assert.equal(agentCount(cut, parseQuantities(cut, 'en')[0]), false);
    const rose = 'Sales rose by 300 units.';
    assert.equal(agentCount(rose, parseQuantities(rose, 'en')[0]), false);
  });

  it('compares with the passage\'s count of the same noun', () => {
    const v = check('Because of its importance, the appeal was heard by nine judges rather than the usual three.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 11);
    assert.equal(check('Because of its importance, the appeal was heard by eleven judges rather than the usual three.').label, 'supported');
  });
});
