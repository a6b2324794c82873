import assert from 'node:assert/strict';
import { analyzeClaim, isNegated } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

describe('« ni » opening a clause goes on denying: « n’avait "jamais signalé de fuite", ni "la moindre fissure" »', () => {
  it('reads a clause that opens on « ni » as negated', () => {
    assert.equal(isNegated(' ni "la moindre fissure"', 'fr'), true);
    assert.equal(isNegated('ni la moindre fissure', 'fr'), true);
    assert.equal(isNegated('le nid de la cigogne', 'fr'), false);
  });

  const fr = indexOf({
    'barrage.md': `---
id: barrage
title: Le barrage de Vassivière
lang: fr
---

Le préfet Jean Morel s'est rendu mardi à Vassivière.

Mardi, le préfet a expliqué que l’ouvrage, ancien, n’avait "jamais présenté de fuite", ni "la moindre fissure sur la voûte du barrage".
`,
  });
  const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

  it('does not support a claim that the « ni » clause denies', () => {
    assert.notEqual(checkFr('Mardi, Jean Morel a expliqué que la voûte du barrage présentait plusieurs fissures.').label, 'supported');
  });
});
