import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { asideAround } from '../../../server/src/core/claims/polarity';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

/** An invented article with a bound of one unit of time, in an aside between dashes. */
const corpus = indexOf({
  'ortega.md': `---
id: ortega
title: Ortega trial resumes in Valencia
lang: en
---

Mr Ortega - who has been in custody for more than a year - pleaded not guilty to the charges brought against him.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', corpus.names), corpus);

describe('bounds of one unit of time, and asides', () => {
  it('reads one unit of time after a bound as a duration (« plus d’un an », "more than a year")', () => {
    const [en] = parseQuantities('He has been in custody for more than a year.', 'en');
    assert.deepEqual([en.value, en.unit, en.approx, en.raw], [1, 'year', 'more-than', 'a year']);
    const [fr] = parseQuantities("Il est en détention depuis plus d'un an.", 'fr');
    assert.deepEqual([fr.value, fr.approx, fr.raw], [1, 'more-than', 'un an']);
    // An article with no bound before it stays an article.
    assert.deepEqual(parseQuantities('He spent a year abroad.', 'en'), []);
  });

  it('finds the aside between spaced dashes around a value', () => {
    const text = 'Mr Ortega - who has been in custody for more than a year - pleaded not guilty.';
    const at = text.indexOf('a year');
    const aside = asideAround(text, at, at + 6)!;
    assert.equal(text.slice(aside.start, aside.end), 'who has been in custody for more than a year');
    assert.equal(asideAround('Mr Ortega pleaded not guilty to three charges - and more.', 30, 35), undefined);
  });

  it('reads no negation from outside the aside, and compares the bound', () => {
    assert.equal(check('Mr Ortega has been in custody for more than a year.').label, 'supported');
    const v = check('Mr Ortega has been in custody for more than three years.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.raw, 'a year');
  });
});
