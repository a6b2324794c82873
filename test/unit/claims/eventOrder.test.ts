import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

describe('« avant » and « après » order two events', () => {
  const fr = indexOf({
    'verdier.md': `---
id: verdier
title: L'affaire Verdier
lang: fr
---

Paul Verdier a été arrêté en mars à Lorient. Fin mai, après 40 jours en détention, Paul Verdier a obtenu une libération sous contrôle judiciaire.
`,
  });
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

  it('does not contradict « A avant B » with « après A, B »', () => {
    assert.notEqual(check('Paul Verdier avait passé 40 jours en détention avant d’obtenir sa libération sous contrôle judiciaire.').label, 'contradicted');
  });

  it('still contradicts the two events in the other order', () => {
    assert.equal(check('Paul Verdier a obtenu une libération sous contrôle judiciaire avant 40 jours en détention.').label, 'contradicted');
  });
});
