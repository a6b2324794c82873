import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

/** A chronology item that dates one event (the annulment) and names the month of another (the permits). */
const index = indexOf({
  'permis.md': `---
id: permis
title: "Les permis du port de Vaurenne"
lang: fr
---

• 12 mai 2019 : les permis annulés Les deux permis de construire du port de Vaurenne de juin 2018 sont annulés pour des raisons de procédure.
`,
});
const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index);

describe('a passage date of another month when another passage date writes the claim’s month', () => {
  it('is no value to contradict or fix the claim’s date with: which part of the claim is wrong, the passage does not say', () => {
    // « juin » is the permits' month (2018), « 12 mai 2019 » the annulment's day: the fix « 12 mai 2019 » may write another event's date.
    const verdict = check('Les deux permis de construire du port de Vaurenne ont été annulés le 12 juin 2019.');
    assert.notEqual(verdict.label, 'contradicted');
  });

  it('still contradicts a date when the passage writes no other date of the claim’s month', () => {
    const verdict = check('Les deux permis de construire du port de Vaurenne ont été annulés le 12 avril 2019.');
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceText, '12 mai 2019');
  });
});
