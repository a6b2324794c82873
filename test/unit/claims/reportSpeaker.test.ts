import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { reportedSpan, titledSpeaker } from '../../../server/src/core/claims/reportSpeaker';
import { indexOf } from './helpers';

const en = indexOf({
  'ferries.md': `---
id: ferries
title: Harbour bookings slow
lang: en
date: 2021-02-02
---

Bookings for the island ferries fell again in January, the operator said.

"The rise in cancellations in January confirms that the ferry trade is slowing steadily rather than sharply," said Northbank analyst Tom Ives, commenting on the figures.

Kestrel Lines cut two winter crossings last year.

Ms Roe was fined on Monday. "I have run successful ferry companies for fifteen years and paid every fine on time," he told the Kestrel court.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

describe('the speaker of words a claim reports without quotation marks (reportSpeaker.ts)', () => {
  it('reads the clause reported after the name a claim opens on, and the titled name after a quotation', () => {
    const claim = 'Ann Roe of Northbank said the ferry trade was slowing steadily.';
    const span = reportedSpan(claim, 'en', 'Ann Roe'.length);
    assert.equal(claim.slice(span![0], span![1]), 'the ferry trade was slowing steadily.');
    assert.equal(reportedSpan('Ann Roe, "the trade is slowing", said so.', 'en', 'Ann Roe'.length), undefined);
    assert.equal(reportedSpan('Ann Roe sold the ferry trade.', 'en', 'Ann Roe'.length), undefined);
    const fr = 'Anne Roux de la CGT a estimé que le trafic ralentissait.';
    assert.equal(fr.slice(reportedSpan(fr, 'fr', 'Anne Roux'.length)![0]), 'le trafic ralentissait.');
    const after = ' said Northbank analyst Tom Ives, commenting';
    const name = titledSpeaker(after, 'en', after.indexOf('Northbank'));
    assert.equal(after.slice(name!.start, name!.end), 'Tom Ives');
  });

  it('contradicts the claim’s speaker when a passage quotes the reported words and names another, and fixes it with the person’s name', () => {
    const v = check('Ann Roe of Northbank said the rise in cancellations in January confirmed the ferry trade was slowing steadily rather than sharply.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceName, 'Tom Ives');
    assert.notEqual(check('Tom Ives of Northbank said the rise in cancellations in January confirmed the ferry trade was slowing steadily rather than sharply.').label, 'contradicted');
  });

  it('allows one word of a reported clause of six or more to be written otherwise in the quotation, not two', () => {
    const v = check('Ann Roe of Northbank said the rise in cancellations in January showed the ferry trade was slowing steadily rather than sharply.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceName, 'Tom Ives');
    assert.notEqual(check('Ann Roe of Northbank said the rise in cancellations in January showed the ferry business was slowing steadily rather than sharply.').label, 'contradicted');
  });

  it('takes no capitalised word after a subject pronoun or an article for another speaker (« he told the Kestrel court », "said the Briton")', () => {
    assert.notEqual(check('Ann Roe said she had run successful ferry companies for fifteen years and paid every fine on time.').label, 'contradicted');
  });
});
