import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { polarityText } from '../../../server/src/core/claims/alignment';
import { ownPredicatePolarityText } from '../../../server/src/core/claims/ownPredicatePolarity';
import { indexOf } from './helpers';

// Invented article: values whose sentence holds a negation of another predicate.
const index = indexOf({
  'tribunal.md': `---
id: tribunal
title: Harbour workers win their appeal
lang: en
---

The Dunmore labour tribunal ruled on 12 March 2019 that the harbour board unfairly dismissed its night crew as the dockers could not be replaced in time.
`,
});
const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', index.names), index);
const own = (text: string, value: string, predicate: string[]) => {
  const start = text.indexOf(value);
  const end = start + value.length;
  return ownPredicatePolarityText(text, start, end, polarityText(text, start, end), new Set(predicate), 'en');
};

describe('the negation of a source value read in its own predicate', () => {
  it('cuts before a coordination that opens the value’s predicate, and at a subordinate clause after the value', () => {
    const a = 'The club has not won the cup since 1977 and last reached the final in 1961.';
    assert.equal(own(a, '1961', ['reach', 'final']), 'last reached the final in 1961.');
    const b = 'The tribunal ruled on 12 March 2019 that the board dismissed its crew as the dockers could not be replaced.';
    assert.ok(!own(b, '12 March 2019', ['rule']).includes('not'));
    // No word of the value's predicate after the coordination: the negation may be the value's.
    const c = 'The club has not won the cup and the final since 1977.';
    assert.ok(own(c, '1977', ['reach']).includes('not'));
  });

  it('contradicts a date whose sentence negates another clause', () => {
    assert.equal(check('The Dunmore labour tribunal ruled on 12 May 2019 that the harbour board unfairly dismissed its night crew.').label, 'contradicted');
    assert.notEqual(check('The Dunmore labour tribunal ruled on 12 March 2019 that the harbour board unfairly dismissed its night crew.').label, 'contradicted');
  });
});
