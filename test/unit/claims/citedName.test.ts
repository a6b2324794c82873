import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { citedWritesName } from '../../../server/src/core/claims/citedName';
import { indexOf } from './helpers';

describe('a name in the slot that the cited document writes itself', () => {
  it('finds the name, or its initials for a name of two words', () => {
    const claim = 'The fair will be held in New Carvell next week.';
    const at = claim.indexOf('New');
    assert.equal(citedWritesName(claim, at, ['Visitors flocked to the NC fair.']), true);
    assert.equal(citedWritesName(claim, at, ['The fair opens in new carvell on Monday.']), true);
    assert.equal(citedWritesName(claim, at, ['The fair opens in Dunmore on Monday.']), false);
    assert.equal(citedWritesName(claim, at, ['The fair is incredibly popular.']), false);
    assert.equal(citedWritesName(claim, claim.indexOf('fair'), ['The fair opens.']), false);
  });

  const en = indexOf({
    'fair-a.md': `---
id: fair-a
title: Harbour fair
lang: en
---

Traders are getting ready for the NC fair, where the harbour guild will give out its awards to boat builders.
`,
    'fair-b.md': `---
id: fair-b
title: Guild awards
lang: en
---

The harbour fair of the boat builders will be held in Dunmore Quay on 3 May, the guild said.
`,
  });

  it('leaves another document’s name in the slot unsure, with no fix', () => {
    const claim = 'The harbour fair of the boat builders will be held in New Carvell.';
    const v = checkClaim(claim, analyzeClaim(claim, 'en', en.names), en, { cited: ['fair-a'] });
    assert.notEqual(v.label, 'contradicted');
  });
  it('still contradicts the name when the claim cites no document that writes it', () => {
    const claim = 'The harbour fair of the boat builders will be held in New Carvell.';
    const v = checkClaim(claim, analyzeClaim(claim, 'en', en.names), en, { cited: ['fair-b'] });
    assert.equal(v.label, 'contradicted');
  });
});
