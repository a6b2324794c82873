import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { weekdayBefore, weekdayName } from '../../../server/src/core/text/dates';
import { indexOf } from './helpers';

const fr = indexOf({
  'passerelle.md': `---
id: passerelle
title: Une passerelle s'effondre sur la Dordogne
lang: fr
date: 2021-03-10
---

La passerelle de Cabrols s'est effondrée jeudi 4 mars vers 7 heures, emportant un tracteur. L'entreprise Vernac avait inspecté l'ouvrage le 12 janvier 2021 sans relever de défaut.
`,
});
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

const en = indexOf({
  'ferry.md': `---
id: ferry
title: Ferry runs aground
lang: en
date: 2022-06-20
---

The Lornby ferry ran aground off Castlereagh Point on 14 June 2022, the coastguard said.
`,
});
const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

describe('weekdayBefore: the weekday written before a date', () => {
  it('reads the weekday, with its article or comma, and names weekdays in each language', () => {
    const text = 'Le pont a cédé le mardi 18 novembre.';
    assert.deepEqual(weekdayBefore(text, text.indexOf('18')), { word: 'mardi', day: 2, start: text.indexOf('mardi'), end: text.indexOf('mardi') + 5 });
    assert.equal(weekdayBefore('It sank on Monday, 18 November.', 'It sank on Monday, '.length)?.day, 1);
    assert.equal(weekdayBefore('Le pont a cédé le 18 novembre.', 'Le pont a cédé le '.length), undefined);
    assert.equal(weekdayName(1, 'fr'), 'lundi');
    assert.equal(weekdayName(1, 'en'), 'Monday');
  });
});

describe('a wrong weekday with the right date', () => {
  it('contradicts the weekday the passage writes before the same day, with its weekday as the fix', () => {
    const claim = "La passerelle de Cabrols s'est effondrée le vendredi 4 mars.";
    const verdict = checkFr(claim);
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceName, 'jeudi');
    assert.equal(claim.slice(verdict.conflict!.claimStart, verdict.conflict!.claimEnd), 'vendredi');
  });

  it('contradicts a weekday the calendar refutes when the year is written', () => {
    const verdict = checkEn('The Lornby ferry ran aground off Castlereagh Point on Wednesday 14 June 2022.');
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceName, 'Tuesday');
    assert.notEqual(checkEn('The Lornby ferry ran aground off Castlereagh Point on Tuesday 14 June 2022.').label, 'contradicted');
  });

  it('leaves the right weekday, and a date the passage gives no weekday nor year, alone', () => {
    assert.equal(checkFr("La passerelle de Cabrols s'est effondrée le jeudi 4 mars.").label, 'supported');
    assert.equal(checkFr("La passerelle de Cabrols s'est effondrée le 4 mars.").label, 'supported');
  });
});
