import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { rangeBound } from '../../../server/src/core/claims/rangeBounds';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

const fr = indexOf({
  'digue.md': `---
id: digue
title: La digue de Saint-Aubin
lang: fr
date: 2021-06-01
---

Il faudra six à neuf ans pour reconstruire la digue de Saint-Aubin, a estimé le syndicat des travaux maritimes.

Depuis la tempête, entre 40 et 120 ouvriers se relaient sur le chantier de la digue.
`,
});
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('a range is one value', () => {
  it('tells a range’s lower and upper bounds', () => {
    const text = 'Il faudra six à neuf ans, entre 40 et 120 ouvriers, et 300 tonnes.';
    const qs = parseQuantities(text, 'fr');
    assert.deepEqual(qs.map((q) => rangeBound(text, q, qs)), ['lower', 'upper', 'lower', 'upper', undefined]);
  });

  it('does not support a range by another range that shares one figure as another bound', () => {
    assert.notEqual(checkFr('Il faudra trois à six ans pour reconstruire la digue de Saint-Aubin selon le syndicat des travaux maritimes.').label, 'supported');
    assert.equal(checkFr('Il faudra six à neuf ans pour reconstruire la digue de Saint-Aubin selon le syndicat des travaux maritimes.').label, 'supported');
  });

  it('does not support a bound beyond a range’s end', () => {
    assert.notEqual(checkFr('Plus de 120 ouvriers se relaient sur le chantier de la digue.').label, 'supported');
    assert.notEqual(checkFr('Moins de 40 ouvriers se relaient sur le chantier de la digue.').label, 'supported');
  });
});
