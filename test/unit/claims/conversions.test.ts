import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { bracketedConversionEnd, conversionPartner, convertedBound } from '../../../server/src/core/claims/conversions';
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
  'plant.md': `---
id: plant
title: Kestrel Motors to build a plant in Ostrava
lang: en
---

In March 2009, Kestrel Motors announced it had won approval from the regional government to build a $1.5bn (£800m) joint venture plant in Ostrava.
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

  it('reads what an amount measures past its conversion in brackets ("$1.5bn (£800m) joint venture plant")', () => {
    const text = 'It will build a $1.5bn (£800m) joint venture plant.';
    const qs = parseQuantities(text, 'en');
    assert.equal(bracketedConversionEnd(text, qs[0], qs), text.indexOf(')') + 1);
    assert.equal(bracketedConversionEnd(text, qs[1], qs), undefined);
    const v = check('In March 2009 Kestrel Motors said it had won approval for a $2.5bn joint-venture plant.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 1.5e9);
    assert.equal(check('In March 2009 Kestrel Motors said it had won approval for a $1.5bn joint-venture plant.').label, 'supported');
  });

  it('bounds a conversion in brackets as the amount it converts, and no amount of its own', () => {
    const text = 'The lamps are insured for up to $70,000 (£41,000), and the clock for £9,000 ($15,000).';
    const qs = parseQuantities(text, 'en');
    const pounds = qs.find((q) => q.raw.includes('41,000'))!;
    assert.deepEqual(convertedBound(text, pounds, qs), { approx: 'at-most', written: 'up to ' });
    assert.equal(convertedBound(text, qs.find((q) => q.raw.includes('70,000'))!, qs), undefined);
    assert.equal(convertedBound(text, qs.find((q) => q.raw.includes('15,000'))!, qs), undefined);
  });
});
