import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { roleMentions } from '../../../server/src/core/claims/roles';
import { lowerTitlesBeforeNames } from '../../../server/src/core/claims/titleCase';
import { indexOf } from './helpers';

const en = indexOf({
  'airline.md': `---
id: airline
title: Government weighs rescue of Aerolinea Sur
lang: en
date: 2021-02-03
---

Aerolinea Sur asked the government for an emergency loan on Tuesday after its fuel supplier stopped deliveries.

Planning Minister Ana Ruiz has offered state help to the airline, but not for free.

Health Minister Pablo Ortega said the cabinet would meet again on Friday.
`,
});

const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

describe('a title written with capitals before a name', () => {
  it('is read as the same role mention as in lowercase', () => {
    const upper = roleMentions('Planning Minister Ana Ruiz has offered state help.', 'en');
    const lower = roleMentions('planning minister Ana Ruiz has offered state help.', 'en');
    assert.equal(upper.length, 1);
    assert.deepEqual(
      upper.map((m) => [m.head.text, m.complement?.text, m.name.text]),
      [['Minister', 'Planning', 'Ana Ruiz']],
    );
    assert.deepEqual(upper.map((m) => m.head.stems), lower.map((m) => m.head.stems));
  });

  it('keeps offsets and leaves headlines in title case and French text as they are', () => {
    const text = 'US Treasury Secretary John Hale said the dollar was strong.';
    assert.equal(lowerTitlesBeforeNames(text, 'en', (w) => w === 'secretary'), 'US Treasury secretary John Hale said the dollar was strong.');
    assert.equal(lowerTitlesBeforeNames('Planning Minister Quits Over Airline Row', 'en', (w) => w === 'minister'), 'Planning Minister Quits Over Airline Row');
    assert.equal(lowerTitlesBeforeNames('Le Ministre Jean Roy a parlé.', 'fr', (w) => w === 'ministre'), 'Le Ministre Jean Roy a parlé.');
    // An acronym is written in capitals wherever it stands: "Tory MP Ann Roe" is read as it is.
    assert.equal(lowerTitlesBeforeNames('Tory MP Ann Roe tabled a bill on Wednesday.', 'en', (w) => w === 'mp'), 'Tory MP Ann Roe tabled a bill on Wednesday.');
  });
});

describe('another portfolio before the same title of the same person', () => {
  it('contradicts the claim’s portfolio where the passage that states the rest of the claim writes another one', () => {
    const claim = 'Economy Minister Ana Ruiz has offered state help to the airline, but not for free.';
    const v = checkEn(claim);
    assert.equal(v.label, 'contradicted');
    assert.equal(claim.slice(v.conflict!.claimStart, v.conflict!.claimEnd), 'Economy');
    assert.equal(v.conflict?.sourceText, 'Planning');
  });

  it('leaves alone the portfolio the source gives, and a title with no portfolio', () => {
    assert.notEqual(checkEn('Planning Minister Ana Ruiz has offered state help to the airline, but not for free.').label, 'contradicted');
    assert.notEqual(checkEn('Minister Ana Ruiz has offered state help to the airline, but not for free.').label, 'contradicted');
  });
});
