import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { parseDates } from '../../../server/src/core/text/dates';
import { oneSourceValueForSeveral } from '../../../server/src/core/claims/oneSourceValue';
import { indexOf } from './helpers';

const index = indexOf({
  'fusion.md': `---
id: fusion
title: "Vaurenne et Brécy : la fusion annulée"
lang: fr
---

La fusion des communes de Vaurenne et Brécy a été annulée par le tribunal administratif le 5 mai 2001.

La fusion des communes de Vaurenne et Brécy a été votée les 2 et 3 mars 1999.
`,
});
const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index);

describe('one passage value against several different claim values', () => {
  it('is no contradiction and no fix: one value is not the value of two facts', () => {
    const verdict = check('La fusion des communes de Vaurenne et Brécy a été annulée par le tribunal administratif les 4 et 6 mai 2001.');
    assert.notEqual(verdict.label, 'contradicted');
  });

  it('still contradicts one claim value with the passage value of its fact', () => {
    const verdict = check('La fusion des communes de Vaurenne et Brécy a été annulée par le tribunal administratif le 4 mai 2001.');
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceText, '5 mai 2001');
  });

  it('lets numeric dates meet the days a list writes (« les 2 et 3 mars 1999 »)', () => {
    assert.equal(check('La fusion des communes de Vaurenne et Brécy a été votée les 02/03/1999 et 03/03/1999.').label, 'supported');
  });

  it('tells two claim values set against one passage value apart from one claim value written twice', () => {
    const [a, b] = parseDates('les 4 et 6 mai 2001', 'fr');
    const [source] = parseDates('le 5 mai 2001', 'fr');
    const same = (x: { value: number }, y: { value: number }) => x.value === y.value;
    assert.equal(oneSourceValueForSeveral([{ claim: a, source }, { claim: b, source }], same), true);
    assert.equal(oneSourceValueForSeveral([{ claim: a, source }, { claim: a, source }], same), false);
  });
});
