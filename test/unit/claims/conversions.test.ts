import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { conversionPartner } from '../../../server/src/core/claims/conversions';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

/** An invented auction report that gives each amount with its conversion in parentheses. */
const corpus = indexOf({
  'auction.md': `---
id: auction
title: Film props sell at a Boston auction
lang: en
---

Three costumes worn in the film Harbour Lights have sold for $84,000 (£47,000) at a US auction. The auction made a total of $2.4m (£1.3m).
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', corpus.names), corpus);

describe('amounts and their conversions', () => {
  it('pairs an amount with its conversion in parentheses', () => {
    const text = 'The auction made a total of $2.4m (£1.3m).';
    const qs = parseQuantities(text, 'en');
    assert.equal(conversionPartner(text, qs[1], qs)?.raw, qs[0].raw);
    assert.equal(conversionPartner(text, qs[0], qs)?.raw, qs[1].raw);
    const two = 'It sold for $5m and the other for $7m.';
    const qs2 = parseQuantities(two, 'en');
    assert.equal(conversionPartner(two, qs2[1], qs2), undefined);
  });

  it("does not compare a claim's amount with the conversion of another amount the claim states", () => {
    // £1.3m is the $2.4m total in pounds, not a value for the costumes' £47,000.
    assert.notEqual(check("The film's costumes sold for £47,000 and the auction made $2.4m in total.").label, 'contradicted');
    const wrong = check("The film's costumes sold for £57,000 and the auction made $2.4m in total.");
    assert.equal(wrong.label, 'contradicted');
    assert.equal(wrong.conflict?.sourceQuantity?.value, 47000);
  });

  it("still compares an amount whose own conversion the source states (\"$94,000 (£47,000)\" for \"$84,000 (£47,000)\")", () => {
    const v = check('Three costumes worn in the film Harbour Lights have sold for $94,000 (£47,000) at a US auction.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 84000);
  });
});
