import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

/** An invented report: a person's age told by a noun phrase in apposition to the name. */
const index = indexOf({
  'militant.md': `---
id: militant
title: Un militant interpellé à Villeclair
lang: fr
---

Paul Verne, un militant écologiste de 21 ans, a été interpellé lundi à Villeclair lors d'une manifestation contre le projet d'autoroute.

Le jeune homme, âgé de 21 ans selon la préfecture, a été relâché mardi soir sans poursuites.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index);
const ageOf = (text: string) => parseQuantities(text, 'fr').find((q) => q.value === 23 || q.value === 5 || q.value === 20)?.age ?? false;

describe('age forms: an age told by an apposition or by « avoir »', () => {
  it('reads « Nom, un militant de 23 ans » and « Nom avait 23 ans » as ages', () => {
    assert.equal(ageOf('Paul Verne, un militant écologiste de 23 ans, a été interpellé.'), true);
    assert.equal(ageOf('Paul Verne avait 23 ans lorsqu’il a été interpellé.'), true);
    assert.equal(ageOf('Elle a 23 ans.'), true);
  });

  it('reads no age in a span of time or a thing of some years', () => {
    assert.equal(ageOf('Lacroix a 5 ans pour rembourser sa dette.'), false);
    assert.equal(ageOf('Paul Verne a 20 ans d’expérience.'), false);
    assert.equal(ageOf('Il a été condamné à une peine de 5 ans.'), false);
  });

  it("contradicts an age written another way than the passage's apposition", () => {
    for (const claim of ['Paul Verne, 23 ans, a été interpellé lundi à Villeclair.', 'Paul Verne avait 23 ans lorsqu’il a été interpellé lundi à Villeclair.', 'Paul Verne, âgé de 23 ans, a été interpellé lundi à Villeclair.']) {
      const v = check(claim);
      assert.equal(v.label, 'contradicted', claim);
      assert.equal(v.conflict?.sourceQuantity?.value, 21, claim);
    }
    assert.notEqual(check('Paul Verne, 21 ans, a été interpellé lundi à Villeclair.').label, 'contradicted');
  });
});
