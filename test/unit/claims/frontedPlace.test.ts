import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

const index = indexOf({
  'tempete.md': `---
id: tempete
title: La tempête a frappé trois refuges du massif
lang: fr
---

Les refuges touchés, le Vallon, le Grand Pic et le Belvédère, sont situés à quelques kilomètres les uns des autres. Au Belvédère, un gardien qui avait pris son poste la veille a donné l'alerte au milieu de la nuit, avant l'effondrement du toit. Au Vallon, les randonneurs ont été évacués dans la matinée.
`,
});
const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index);

describe('another place fronted in the claim\'s slot', () => {
  it('contradicts the claim that moves a fact to another place of the same list, and fixes the place', () => {
    const verdict = check("Au Grand Pic, un gardien qui avait pris son poste la veille a donné l'alerte au milieu de la nuit.");
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceName, 'Belvédère');
  });

  it('leaves the claim at the passage\'s own place supported, and a place the article lists with no other alone', () => {
    assert.equal(check("Au Belvédère, un gardien qui avait pris son poste la veille a donné l'alerte au milieu de la nuit.").label, 'supported');
    assert.notEqual(check("Au Chamois, un gardien qui avait pris son poste la veille a donné l'alerte au milieu de la nuit.").label, 'contradicted');
  });
});
