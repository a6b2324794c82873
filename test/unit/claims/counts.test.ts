import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

/** An invented article that counts people named a sentence before (« Six d'entre elles »). */
const corpus = indexOf({
  'intoxication.md': `---
id: intoxication
title: Intoxication au monoxyde de carbone à la salle des fêtes de Murol
lang: fr
---

Cent trente personnes ont été évacuées de la salle des fêtes de Murol après une fuite de monoxyde de carbone. Six d'entre elles ont été hospitalisées, selon les pompiers du Puy-de-Dôme.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', corpus.names), corpus);

describe('counts of people named before', () => {
  it('contradicts a count with no noun of its own against the count « d’entre elles » with the same verb', () => {
    const v = check('Au total, 130 personnes ont été évacuées de la salle des fêtes de Murol et onze ont été hospitalisées.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 6);
    assert.equal(v.conflict?.claimQuantity?.value, 11);
  });

  it('compares no count said with another verb, or of another noun', () => {
    assert.notEqual(check('Au total, 130 personnes ont été évacuées de la salle des fêtes de Murol et onze sont rentrées chez elles.').conflict?.sourceQuantity?.value, 6);
    assert.notEqual(check('Au total, 130 personnes ont été évacuées de la salle des fêtes de Murol et onze pompiers ont été mobilisés.').conflict?.sourceQuantity?.value, 6);
  });
});
