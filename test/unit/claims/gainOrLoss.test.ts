import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { figureChange } from '../../../server/src/core/claims/figureChange';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

const wayOf = (text: string, lang: 'fr' | 'en' = 'en') => figureChange(text, parseQuantities(text, lang)[0])?.way;

describe('the market’s verbs of a gain or a loss: "gained 4%", "shed 12p", « a perdu 2 % »', () => {
  it('reads them as a change before a share, a price or points', () => {
    assert.equal(wayOf('Shares in Dunmore gained 3.5% in early trade.'), 'up');
    assert.equal(wayOf('The pound shed 1.2 cents against the euro.'), 'down');
    assert.equal(wayOf('Le titre Vellor a perdu 2,5 % à la clôture.', 'fr'), 'down');
    assert.equal(wayOf('Le titre Vellor a gagné 1,8 point mardi.', 'fr'), 'up');
  });

  it('reads no change before a count: how many were won or lost', () => {
    assert.equal(wayOf('The club had lost three times to Wexford.'), undefined);
    assert.equal(wayOf('La coopérative a perdu 300 adhérents.', 'fr'), undefined);
  });

  const en = indexOf({
    'dunmore.md': `---
id: dunmore
title: Dunmore shares slide
lang: en
---

Shares in the Leeds brewer Dunmore were down more than 3.5% at 212p in early trade after its profit warning.
`,
  });
  const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

  it('contradicts a gain the passage tells as a fall of the same figure', () => {
    assert.equal(checkEn("The Leeds brewer Dunmore's shares gained more than 3.5% to 212p in early trade.").label, 'contradicted');
    assert.notEqual(checkEn("The Leeds brewer Dunmore's shares lost more than 3.5% to 212p in early trade.").label, 'contradicted');
  });
});
