import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { openingSubjectWords } from '../../../server/src/core/claims/subjectNoun';
import { indexOf } from './helpers';

/** An invented sale report: the tapes' value, and another item's price told with the same verb. */
const corpus = indexOf({
  'sale.md': `---
id: sale
title: Studio recordings go under the hammer
lang: en
---

A private collection of eight tape recordings of the band was expected to fetch at least $20,000 but did not sell. A signed concert poster managed to fetch $1,450 (£780).

The eight master tapes kept by the engineer are valued at up to $40,000 (£22,000).
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', corpus.names), corpus);

describe('the subject of a value', () => {
  it('reads the common noun phrase a claim opens with', () => {
    const words = (text: string) => openingSubjectWords(text, analyzeClaim(text, 'en', corpus.names)).map((w) => w.norm);
    assert.deepEqual(words('The tapes could fetch up to $40,000.'), ['tapes']);
    assert.deepEqual(words('The master tapes are valued at $40,000.'), ['master', 'tapes']);
    assert.deepEqual(words('In 2004 the tapes sold.'), []);
  });

  it("does not correct a thing's value with the value of another thing a passage brings in with the same verb", () => {
    // "A signed concert poster managed to fetch $1,450" is the poster's price, not the tapes'.
    assert.notEqual(check('The tapes could fetch up to $40,000, or £22,000.').label, 'contradicted');
    assert.notEqual(check('The tapes could fetch up to $50,000.').conflict?.sourceQuantity?.value, 1450);
  });
});
