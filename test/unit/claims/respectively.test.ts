import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { valueOfAnotherRespectiveHolder } from '../../../server/src/core/claims/respectively';
import { parseQuantities, sameQuantity } from '../../../server/src/core/text/quantities';
import { termsOf } from '../../../server/src/core/text/stem';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/** Invented articles: two holders and two values told « respectivement », "respectively". */
const corpus = indexOf({
  'ferries.md': `---
id: ferries
title: Ferry traffic at Portwick
lang: en
---

The harbour office said passenger crossings and freight crossings were 12% and 31% higher than a year earlier respectively.
`,
  'vergers.md': `---
id: vergers
title: Les vergers de la Vallée Haute
lang: fr
---

Selon la chambre d'agriculture, les récoltes de poires et les récoltes de cerises ont reculé respectivement de 14 % et 9 % cette année.
`,
});

const check = (text: string, lang: Lang) => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);
/** The passage's value of the claim holder's place, when the claim gives its holder another place's value. */
const another = (claim: string, passage: string, lang: Lang) =>
  valueOfAnotherRespectiveHolder(parseQuantities(claim, lang), new Set(termsOf(claim, lang)), passage, parseQuantities(passage, lang), lang, sameQuantity, claim)?.source.value;

describe('values told respectively', () => {
  const english = 'The harbour office said passenger crossings and freight crossings were 12% and 31% higher than a year earlier respectively.';
  const french = "Selon la chambre d'agriculture, les récoltes de poires et les récoltes de cerises ont reculé respectivement de 14 % et 9 % cette année.";

  it('reads the holder at the value’s place, the marker after the values or before them', () => {
    assert.equal(another('Passenger crossings were 31% higher.', english, 'en'), 12);
    assert.equal(another('Passenger crossings were 12% higher.', english, 'en'), undefined);
    assert.equal(another('Freight crossings were 31% higher.', english, 'en'), undefined);
    assert.equal(another('Les récoltes de cerises ont reculé de 14 %.', french, 'fr'), 9);
    assert.equal(another('Les récoltes de poires ont reculé de 14 %.', french, 'fr'), undefined);
  });

  it('needs a list of values and one holder told apart', () => {
    assert.equal(another('Passenger crossings were 31% higher.', 'Passenger crossings were 12% higher and freight crossings 31% higher.', 'en'), undefined);
    // Crossings in general: no one item of the list is the claim's.
    assert.equal(another('Crossings were 31% higher.', english, 'en'), undefined);
  });

  it('contradicts a claim that takes another holder’s value, with its holder’s value', () => {
    const v = check('The harbour office said passenger crossings were 31% higher than a year earlier.', 'en');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 12);
    assert.equal(check('The harbour office said passenger crossings were 12% higher than a year earlier.', 'en').label, 'supported');
    assert.equal(check("Selon la chambre d'agriculture, les récoltes de cerises ont reculé de 14 % cette année.", 'fr').conflict?.sourceQuantity?.value, 9);
    assert.equal(check("Selon la chambre d'agriculture, les récoltes de cerises ont reculé de 9 % cette année.", 'fr').label, 'supported');
  });

  it('leaves alone a claim that gives the whole list in the same order, its figures written otherwise', () => {
    const claim = 'The harbour office said passenger crossings and freight crossings were 12 per cent and 31% higher than a year earlier respectively.';
    assert.equal(another(claim, english, 'en'), undefined);
    assert.notEqual(check(claim, 'en').label, 'contradicted');
    assert.notEqual(check("Selon la chambre d'agriculture, les récoltes de poires et les récoltes de cerises ont reculé respectivement de 14 pour cent et 9 % cette année.", 'fr').label, 'contradicted');
    // The same list the other way round still gives each holder another's value.
    assert.equal(check('The harbour office said passenger crossings and freight crossings were 31% and 12% higher than a year earlier respectively.', 'en').label, 'contradicted');
  });
});
