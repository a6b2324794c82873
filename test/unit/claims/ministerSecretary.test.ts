import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

const en = indexOf({
  'rail.md': `---
id: rail
title: Rail fares to rise
lang: en
date: 2020-01-02
---

Rail fares will rise by 3% in January, transport secretary Tom Vale told MPs on Tuesday.

The opposition said the rise would hurt commuters in the north.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

describe('minister and secretary of one portfolio', () => {
  it('does not contradict nor fix "transport minister" where the source says "transport secretary"', () => {
    for (const text of ['Tom Vale, the transport minister, told MPs that rail fares will rise by 3% in January.', 'Rail fares will rise by 3% in January, transport minister Tom Vale told MPs on Tuesday.']) {
      const v = check(text);
      assert.notEqual(v.label, 'contradicted', `${text} → fix ${v.conflict?.sourceName}`);
    }
  });

  it('still contradicts another portfolio ("health secretary" for "transport secretary")', () => {
    assert.equal(check('Rail fares will rise by 3% in January, health secretary Tom Vale told MPs on Tuesday.').label, 'contradicted');
  });
});
