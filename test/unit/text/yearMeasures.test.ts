import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { ageAgainstSpan } from '../../../server/src/core/text/yearMeasures';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from '../claims/helpers';

/** Invented articles: a fund paid over a span of years beside a bridge whose age is not given. */
const corpus = indexOf({
  'passerelle.md': `---
id: passerelle
title: La passerelle de Morlanne sera reconstruite
lang: fr
---

La passerelle de Morlanne, construite en 1951, s'est effondrée en mars. Pour reconstruire la passerelle de Morlanne et les autres ouvrages, la région a promis un fonds de 20 millions d'euros par an pendant 12 ans.
`,
  'footbridge.md': `---
id: footbridge
title: Morlanne footbridge to be rebuilt
lang: en
---

To rebuild the Morlanne footbridge and the other crossings, the region has pledged a fund of 20 million euros a year for 12 years.
`,
});

const check = (text: string, lang: Lang) => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);
const measures = (text: string, lang: Lang) => parseQuantities(text, lang).map((q) => (q.age ? 'age' : q.span ? 'span' : '-'));

describe('year measures: an age is not a span of time', () => {
  it('reads « avoir N ans » as an age and « pendant N ans », "for N years", "N years ago" as spans', () => {
    assert.deepEqual(measures('La passerelle avait 73 ans.', 'fr'), ['age']);
    assert.deepEqual(measures("Elle n'avait que 16 ans.", 'fr'), ['age']);
    assert.deepEqual(measures('Un fonds versé pendant 12 ans.', 'fr'), ['span']);
    assert.deepEqual(measures('Il y a 12 ans, le pont a été rénové.', 'fr'), ['span']);
    assert.deepEqual(measures('Il vit à Morlanne depuis 12 ans.', 'fr'), ['span']);
    assert.deepEqual(measures('A fund paid for 12 years.', 'en'), ['span']);
    assert.deepEqual(measures('It was rebuilt 12 years ago.', 'en'), ['span']);
    assert.deepEqual(measures('The bridge was 73 years old.', 'en'), ['age']);
  });

  it('tells an age and a span apart as two measures', () => {
    const [age] = parseQuantities('La passerelle avait 73 ans.', 'fr');
    const [span] = parseQuantities('Un fonds versé pendant 12 ans.', 'fr');
    const [other] = parseQuantities('Un fonds versé sur 15 ans.', 'fr');
    assert.equal(ageAgainstSpan(age, span), true);
    assert.equal(ageAgainstSpan(span, age), true);
    assert.equal(ageAgainstSpan(span, other), false);
  });

  it('does not contradict an age with a span of years', () => {
    assert.notEqual(check('La passerelle de Morlanne avait 73 ans.', 'fr').label, 'contradicted');
    assert.notEqual(check('The Morlanne footbridge was 73 years old.', 'en').label, 'contradicted');
  });

  it('still contradicts a span with a span', () => {
    const v = check('La région a promis un fonds de 20 millions d’euros par an pendant 15 ans pour reconstruire la passerelle de Morlanne.', 'fr');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 12);
  });
});
