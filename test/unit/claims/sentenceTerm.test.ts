import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

const fr = indexOf({
  'proces.md': `---
id: proces
title: Le gérant du garage condamné
lang: fr
date: 2020-10-14
---

Le gérant du garage de Montluçon a été condamné mardi à huit mois de prison avec sursis pour travail dissimulé.
`,
});
const en = indexOf({
  'trial.md': `---
id: trial
title: Garage owner sentenced
lang: en
date: 2020-10-14
---

The owner of the Luton garage was given eight months suspended for fraud on Tuesday.
`,
});
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);
const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

describe('a prison term of the other kind', () => {
  it('does not support a firm term the passage gives as suspended', () => {
    assert.notEqual(checkFr('Le gérant du garage de Montluçon a été condamné à huit mois de prison ferme.').label, 'supported');
  });

  it('still supports the term as the passage gives it, or with no kind', () => {
    assert.equal(checkFr('Le gérant du garage de Montluçon a été condamné à huit mois de prison avec sursis.').label, 'supported');
    assert.equal(checkFr('Le gérant du garage de Montluçon a été condamné à huit mois de prison.').label, 'supported');
    assert.equal(checkEn('The owner of the Luton garage was given eight months suspended for fraud.').label, 'supported');
  });
});
