import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

/** An invented club's move: its chairman named at the top, the figure told later without him. */
const corpus = indexOf({
  'arena.md': `---
id: arena
title: Dockside Rovers weigh a share issue
lang: en
date: 2022-03-18
---

Dockside Rovers chairman Tom Ellery has said the club may issue new shares to pay for its move.

Supporters' groups have asked for a seat on the board before any sale.

The club - which is listed on a small regional exchange - is due to move into its new 32,000-seat arena at Quay Road for the start of the 2027 season.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', corpus.names), corpus);

describe('the subject of a reported clause, the speaker aside', () => {
  it('compares the value of the reported fact in a passage that does not name the speaker', () => {
    const v = check('Chairman Tom Ellery said the club would move into its new 28,000-seat arena at Quay Road for the start of the 2027 season.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 32000);
  });

  it('still states the claim with the right figure, and compares no value of another subject named in the reported clause', () => {
    assert.equal(check('Chairman Tom Ellery said the club would move into its new 32,000-seat arena at Quay Road for the start of the 2027 season.').label, 'supported');
    assert.notEqual(check('Chairman Tom Ellery said Harbour City would move into a new 28,000-seat arena at Quay Road for the start of the 2027 season.').label, 'contradicted');
  });
});
