import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { claimValueStatedMoreFully } from '../../../server/src/core/claims/valueStatedElsewhere';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

/**
 * An invented budget report: one sentence gives a ten-year shortfall, another the shortfall of one year, both
 * named by the same nouns ("shortfall", "Office", "forecast").
 */
const corpus = indexOf({
  'treasury.md': `---
id: treasury
title: Treasury Office sees a smaller shortfall
lang: en
---

The state deficit hit a record $290bn in the 12 months to 30 June. The Treasury Office also forecast a total shortfall of $900bn for the years from 2007 to 2016, an improvement on previous projections. Past Treasury Office forecasts said there would be a $310bn shortfall in the 2006 fiscal year.
`,
  'harbour.md': `---
id: harbour
title: Harbour board sets its budget
lang: en
---

Heavy spending on the new quays has pushed the harbour budget deficit to a record $38m (£20m).
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', corpus.names), corpus);

describe('a claim value a fuller passage states', () => {
  it('takes no value of another year for a claim value that the fuller passage states (the wrong part lies elsewhere)', () => {
    const v = check('The Treasury Office forecast a total shortfall of $900bn for the years 2006 to 2016.');
    // The $900bn is never fixed from the 2006 fiscal year's $310bn; the wrong part, the span's first year, is fixed
    // from the fuller passage, whose span ends the same way (« from 2007 to 2016 »: siblingValue.ts).
    assert.notEqual(v.conflict?.claimQuantity?.value, 9e11);
    if (v.label === 'contradicted') assert.equal(v.conflict?.sourceQuantity?.value, 2007);
  });

  it('still corrects the value from the passage that states the claim most fully', () => {
    const v = check('The Treasury Office forecast a total shortfall of $990bn for the years from 2007 to 2016.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 9e11);
  });

  it('needs every conflicting claim value stated by a passage clearly fuller than the one in conflict', () => {
    const [claim] = parseQuantities('a shortfall of $900bn', 'en');
    const [source] = parseQuantities('a $310bn shortfall', 'en');
    const article = {};
    const passage = (coverage: number, matched: typeof claim[], conflicts: { claim: typeof claim; source: typeof claim }[], doc: object = article) => ({ evidence: { coverage, doc }, namesCovered: true, matched, conflicts, negated: false, claimNegated: false });
    const conflicting = passage(0.77, [], [{ claim, source }]);
    assert.equal(claimValueStatedMoreFully(conflicting, [conflicting, passage(0.94, [claim], [])], 0.1), true);
    assert.equal(claimValueStatedMoreFully(conflicting, [conflicting, passage(0.8, [claim], [])], 0.1), false);
    assert.equal(claimValueStatedMoreFully(conflicting, [conflicting, passage(0.94, [], [])], 0.1), false);
    // Another article's value is left to the rules of disagreeing and cited sources.
    assert.equal(claimValueStatedMoreFully(conflicting, [conflicting, passage(0.94, [claim], [], {})], 0.1), false);
  });
});

describe('what an amount is the cost of', () => {
  it('reads no "cost of" in a noun that starts with a link word ("budget deficit" is no « budget de ficit »)', () => {
    const v = check('Heavy spending on the new quays has pushed the harbour budget deficit to a record $83m.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 38e6);
  });
});
