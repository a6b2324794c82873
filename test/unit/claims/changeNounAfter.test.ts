import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { changeNounAfter } from '../../../server/src/core/claims/changeNounAfter';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

/** An invented results story: a change told by a noun after its figure. */
const corpus = indexOf({
  'homes.md': `---
id: homes
title: Northfield Homes profits climb
lang: en
---

Northfield Homes reported a 14% rise in profits to £210.4m and said that bookings for the spring were strong.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', corpus.names), corpus);
const first = (text: string) => parseQuantities(text, 'en')[0];

describe('changeNounAfter: a change told by a noun after its figure', () => {
  it('reads "a 14% rise in" as a change, "a 14% stake" as none', () => {
    const rise = 'It reported a 14% rise in profits.';
    assert.equal(changeNounAfter(rise, first(rise)), true);
    const hyphen = 'It announced a 10p increase on beer.';
    assert.equal(changeNounAfter(hyphen, first(hyphen)), true);
    const stake = 'It bought a 14% stake in the firm.';
    assert.equal(changeNounAfter(stake, first(stake)), false);
    // No determiner before the figure: the noun is not the figure's ("profits at 14% rise" is no compound).
    const bare = 'Margins of 14% rise with volume.';
    assert.equal(changeNounAfter(bare, first(bare)), false);
  });

  it('compares a change told by a verb with the change the passage tells by a noun', () => {
    const v = check("Northfield Homes' profits rose 4% to £210.4m.");
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 14);
    assert.notEqual(check("Northfield Homes' profits rose 14% to £210.4m.").label, 'contradicted');
  });
});

describe('two changes told the opposite way with different values', () => {
  it('give no value conflict and no fix ("plunged 33%" against "projecting a 15% rise")', () => {
    const index = indexOf({
      'brew.md': '---\nid: brew\ntitle: Brewers\nlang: en\n---\n\nDutch firm Hallin saw its annual profits drop 33%. Brenko is more optimistic than Hallin about next year, projecting a 15% rise in net profits for the year.\n',
    });
    const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', index.names), index);
    assert.notEqual(check("Hallin's profits plunged 33%.").label, 'contradicted');
  });
});
