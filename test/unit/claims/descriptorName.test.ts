import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { otherSubjectIn } from '../../../server/src/core/claims/subjectHolder';
import { indexOf } from './helpers';

const en = indexOf({
  'cycling.md': `---
id: cycling
title: Brennan joins Ghent
lang: en
date: 2012-06-01
---

Owen Brennan has agreed a one-year extension with Ghent.

The 31-year-old former Galway plumber joined Ghent from Leinster in 2008 and has ridden 40 races for the team.
`,
  'rowing.md': `---
id: rowing
title: Carver picked for Henley
lang: en
date: 2012-06-01
---

Coach Mara Delk joined Ghent from Leinster in 2008 and has coached 40 crews for the club.
`,
});
const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

describe('a place name inside a noun phrase that describes the subject', () => {
  it('is no other holder of the fact: no contradiction, no fix to the place', () => {
    const verdict = checkEn('Owen Brennan, 31, joined Ghent from Leinster in 2008.');
    assert.notEqual(verdict.label, 'contradicted');
  });

  it('still reads a name that opens the subject as another holder', () => {
    const claim = 'Lena Hart moved to the club from Leinster in 2008.';
    const words = analyzeClaim(claim, 'en', en.names).words;
    const inSentence = (w: { text: string }) => !['Lena', 'Hart'].includes(w.text);
    assert.equal(otherSubjectIn(claim, 'en', words, 'The veteran coach Mara Delk moved to the club from Leinster in 2008.', 'en', inSentence)?.sourceText, 'Mara Delk');
    assert.equal(otherSubjectIn(claim, 'en', words, 'The 31-year-old former Galway plumber moved to the club from Leinster in 2008.', 'en', inSentence), undefined);
  });
});
