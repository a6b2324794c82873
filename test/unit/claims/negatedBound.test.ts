import assert from 'node:assert/strict';
import { analyzeClaim, isNegated } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { boundSplitByNegation, overlappingBounds } from '../../../server/src/core/claims/negatedBound';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

const fr = indexOf({
  'grue.md': `---
id: grue
title: Une grue renversée à Vaubrac
lang: fr
date: 2022-04-05
---

Selon les pompiers, la grue qui s'est renversée sur le chantier de Vaubrac pesait plus de 60 tonnes.
`,
});
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('a bound written with a negation', () => {
  it('reads « ne … pas plus de N » as a bound, not as a negated sentence', () => {
    assert.equal(isNegated('La grue ne pesait pas plus de 25 tonnes.', 'fr'), false);
    assert.equal(isNegated('La grue ne pesait pas 25 tonnes.', 'fr'), true);
    assert.equal(isNegated('The crane weighed no more than 25 tonnes.', 'en'), false);
  });

  it('contradicts a negated bound the source value is beyond', () => {
    assert.equal(checkFr("La grue qui s'est renversée sur le chantier de Vaubrac ne pesait pas plus de 25 tonnes.").label, 'contradicted');
  });

  it('writes no fix between « ne » and « pas plus de »', () => {
    const text = 'La grue ne pesait pas plus de 25 tonnes.';
    const q = parseQuantities(text, 'fr').find((v) => v.value === 25)!;
    assert.equal(boundSplitByNegation(text, q, 'fr'), true);
    const plain = 'La grue pesait au plus 25 tonnes.';
    assert.equal(boundSplitByNegation(plain, parseQuantities(plain, 'fr').find((v) => v.value === 25)!, 'fr'), false);
  });

  it('leaves bounds the other way round that a value meets alone (« au plus 80 » and « plus de 60 »)', () => {
    const [atMost] = parseQuantities('au plus 80 tonnes', 'fr');
    const [moreThan] = parseQuantities('plus de 60 tonnes', 'fr');
    assert.equal(overlappingBounds(atMost, moreThan), true);
    assert.notEqual(checkFr("La grue qui s'est renversée sur le chantier de Vaubrac pesait au plus 80 tonnes.").label, 'contradicted');
    assert.notEqual(checkFr("La grue qui s'est renversée sur le chantier de Vaubrac ne pesait pas plus de 80 tonnes.").label, 'contradicted');
  });
});
