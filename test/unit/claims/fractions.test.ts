import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { exactShareOfFraction, fractionBoundStart } from '../../../server/src/core/claims/fractions';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

const index = indexOf({
  'union.md': `---
id: union
title: Where the cyclists' union members live
lang: en
---

Of the union's members, 41.2% live in Leeds, 17.5% in York and 9% in Hull, according to its annual report.
`,
  'syndicat.md': `---
id: syndicat
title: Où vivent les adhérents du syndicat des cyclistes
lang: fr
---

Parmi les adhérents du syndicat, 41,2 % vivent à Rennes, 17,5 % à Brest et 9 % à Vannes, selon son rapport annuel.
`,
});
const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, index.names), index);

describe('a fraction in words with the exact share in apposition', () => {
  it('is one value: the exact share', () => {
    const text = 'More than a third of the members, 41.2%, live in Leeds.';
    const quantities = parseQuantities(text, 'en');
    const fraction = quantities.find((q) => q.fraction);
    assert.ok(fraction);
    assert.equal(exactShareOfFraction(text, fraction, quantities)?.value, 41.2);
    const french = 'Près de la moitié des adhérents (48 %) vivent à Rennes.';
    const frQuantities = parseQuantities(french, 'fr');
    assert.equal(exactShareOfFraction(french, frQuantities.find((q) => q.fraction)!, frQuantities)?.value, 48);
  });

  it('is not another share of the passage to fix the fraction with', () => {
    const en = check('More than a third of the members, 41.2%, live in Leeds.', 'en');
    assert.equal(en.label, 'supported');
    const fr = check('Plus d’un tiers des adhérents, 41,2 %, vivent à Rennes.', 'fr');
    assert.equal(fr.label, 'supported');
  });

  it('still compares the exact share', () => {
    assert.equal(check('More than a third of the members, 47.2%, live in Leeds.', 'en').label, 'contradicted');
  });

  it('leaves a fraction with no share beside it a value of its own', () => {
    const text = 'A third of the members live in Leeds, and 17.5% in York.';
    const quantities = parseQuantities(text, 'en');
    assert.equal(exactShareOfFraction(text, quantities.find((q) => q.fraction)!, quantities), undefined);
  });
});

describe('a fraction in words with a bound', () => {
  it('reads the bound', () => {
    const text = 'More than a third of the members live in Leeds.';
    const q = parseQuantities(text, 'en').find((x) => x.fraction)!;
    assert.deepEqual([q.approx, fractionBoundStart(q)], ['more-than', 0]);
    const fr = 'Moins de la moitié des adhérents vivent à Brest.';
    assert.equal(parseQuantities(fr, 'fr').find((x) => x.fraction)?.approx, 'less-than');
  });

  it('is not contradicted by a share on the allowed side of its bound', () => {
    assert.notEqual(check('More than a third of the members live in Leeds.', 'en').label, 'contradicted');
    assert.notEqual(check('Plus d’un tiers des adhérents vivent à Rennes.', 'fr').label, 'contradicted');
  });

  it('is fixed with the source\'s share over the bound and the fraction together', () => {
    const text = 'Less than a third of the members live in Leeds.';
    const results = checkDraft(parseMarkdown(`${text}\n`), index, { language: 'auto' })!;
    const fix = findingsOf(results, index).find((f) => f.code === 'contradicted-claim')?.fixes[0];
    assert.ok(fix);
    assert.equal(text.slice(0, fix.span.start) + fix.newText + text.slice(fix.span.end), '41.2% of the members live in Leeds.');
  });
});
