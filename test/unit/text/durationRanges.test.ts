import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { compareDurations, durationDayRange } from '../../../server/src/core/text/durationRanges';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from '../claims/helpers';

const q = (text: string, lang: 'fr' | 'en') => parseQuantities(text, lang)[0];

const index = indexOf({
  'ban.md': `---
id: ban
title: Dara Voss banned
lang: en
---

The cyclist Dara Voss was banned for three months by the federation on Friday.
`,
  'suspension.md': `---
id: suspension
title: Tom Vaillant suspendu
lang: fr
---

Le coureur Tom Vaillant a été suspendu trois mois par la fédération vendredi.
`,
  'ferry.md': `---
id: ferry
title: The Fenwick ferry
lang: en
---

The Fenwick ferry has carried cars across the Wend estuary for more than a decade.
`,
  'bac.md': `---
id: bac
title: Le bac de Lanildut
lang: fr
---

Le bac de Lanildut a assuré la traversée de l'Aber pendant deux décennies.
`,
});
const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, index.names), index);

describe('durations in other units', () => {
  it('spans the days a month or a year can last', () => {
    assert.deepEqual(durationDayRange(q('three months', 'en')), [89, 92]);
    assert.deepEqual(durationDayRange(q('deux mois', 'fr')), [59, 62]);
    assert.deepEqual(durationDayRange(q('two years', 'en')), [730, 731]);
    assert.deepEqual(durationDayRange(q('12 weeks', 'en')), [84, 84]);
    assert.equal(durationDayRange(q('12 people', 'en')), undefined);
  });

  it('reads spans that meet as one duration, close ones as undecided, far ones as different', () => {
    assert.equal(compareDurations(q('90 days', 'en'), q('three months', 'en')), 'same');
    assert.equal(compareDurations(q('90 jours', 'fr'), q('trois mois', 'fr')), 'same');
    assert.equal(compareDurations(q('730 days', 'en'), q('two years', 'en')), 'same');
    assert.equal(compareDurations(q('12 weeks', 'en'), q('three months', 'en')), 'near');
    assert.equal(compareDurations(q('six months', 'en'), q('90 days', 'en')), 'different');
    assert.equal(compareDurations(q('three months', 'en'), q('three months', 'en')), undefined);
    // Years apart are no rounding, and one unit in two languages is compared as before.
    assert.equal(compareDurations(q('42 years', 'en'), q('38 ans', 'fr')), undefined);
    assert.equal(compareDurations(q('42 years', 'en'), q('456 months', 'en')), 'different');
    assert.equal(compareDurations(q('10 weeks', 'en'), q('three months', 'en')), 'different');
  });

  it('counts a decade as ten years and a century as a hundred, in either language', () => {
    assert.equal(compareDurations(q('20 years', 'en'), q('two decades', 'en')), 'same');
    assert.equal(compareDurations(q('20 ans', 'fr'), q('deux décennies', 'fr')), 'same');
    assert.equal(compareDurations(q('300 years', 'en'), q('three centuries', 'en')), 'same');
    assert.equal(compareDurations(q('10 years', 'en'), q('three decades', 'en')), 'different');
  });

  it('supports a duration in years that the source gives in decades, and contradicts another by the decades', () => {
    assert.equal(check('The Fenwick ferry has carried cars across the Wend estuary for more than ten years.', 'en').label, 'supported');
    assert.equal(check("Le bac de Lanildut a assuré la traversée de l'Aber pendant 20 ans.", 'fr').label, 'supported');
    const other = check("Le bac de Lanildut a assuré la traversée de l'Aber pendant 35 ans.", 'fr');
    assert.equal(other.label, 'contradicted');
    assert.equal(other.conflict?.sourceText, 'deux décennies');
    assert.notEqual(check('The Fenwick ferry has carried cars across the Wend estuary for more than thirty years.', 'en').label, 'supported');
  });

  it('supports a duration in days that the source gives in months, and contradicts one clearly longer', () => {
    assert.equal(check('Dara Voss was banned for 90 days by the federation.', 'en').label, 'supported');
    assert.equal(check('Tom Vaillant a été suspendu 90 jours par la fédération.', 'fr').label, 'supported');
    assert.notEqual(check('Dara Voss was banned for 12 weeks by the federation.', 'en').label, 'contradicted');
    assert.equal(check('Dara Voss was banned for six months by the federation.', 'en').label, 'contradicted');
    assert.equal(check('Tom Vaillant a été suspendu six mois par la fédération.', 'fr').label, 'contradicted');
  });
});
