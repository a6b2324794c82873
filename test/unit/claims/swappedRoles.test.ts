import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { swappedRoles } from '../../../server/src/core/claims/swappedRoles';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/** Invented reports where two names hold the roles of one predicate: who beat whom, who sued whom. */
const index = indexOf({
  'derby.md': `---
id: derby
title: Le derby du Sud
lang: fr
---

Montclar a battu Villeclair 3-1 au stade des Pins samedi, devant 12 000 spectateurs.

Le maire Paul Verne a porté plainte contre l'entrepreneur Jean Roux pour diffamation.
`,
  'cup.md': `---
id: cup
title: Cup quarter-final
lang: en
---

Harford Rovers beat Dunmore Athletic 2-0 at Kelby Park on Saturday to reach the semi-finals.

Councillor Ann Pike accused the developer Tom Reyes of hiding the cost of the new bridge.
`,
});

const check = (text: string, lang: Lang) => checkClaim(text, analyzeClaim(text, lang, index.names), index).label;
const swapped = (claim: string, source: string, lang: Lang) => swappedRoles(claim, analyzeClaim(claim, lang, index.names).words, source, lang);

describe('swapped roles: two names in the other order around the same predicate', () => {
  it('does not support a claim that swaps who beat whom, or who accused whom', () => {
    assert.notEqual(check('Villeclair a battu Montclar 3-1 au stade des Pins samedi.', 'fr'), 'supported');
    assert.notEqual(check("L'entrepreneur Jean Roux a porté plainte contre le maire Paul Verne pour diffamation.", 'fr'), 'supported');
    assert.notEqual(check('Dunmore Athletic beat Harford Rovers 2-0 at Kelby Park on Saturday.', 'en'), 'supported');
    assert.notEqual(check('Tom Reyes accused Ann Pike of hiding the cost of the new bridge.', 'en'), 'supported');
  });

  it('never contradicts on the swap alone', () => {
    assert.notEqual(check('Villeclair a battu Montclar 3-1 au stade des Pins samedi.', 'fr'), 'contradicted');
    assert.notEqual(check('Dunmore Athletic beat Harford Rovers 2-0 at Kelby Park on Saturday.', 'en'), 'contradicted');
  });

  it('still supports the names in the source order', () => {
    assert.equal(check('Montclar a battu Villeclair 3-1 au stade des Pins samedi.', 'fr'), 'supported');
    assert.equal(check('Harford Rovers beat Dunmore Athletic 2-0 at Kelby Park on Saturday.', 'en'), 'supported');
  });

  it('leaves alone a passive, a coordination, a possessive and a predicate that reads both ways', () => {
    assert.equal(swapped('Harford Rovers beat Dunmore Athletic.', 'Dunmore Athletic were beaten by Harford Rovers.', 'en'), false);
    assert.equal(swapped('Montclar a battu Villeclair.', 'Villeclair a été battu par Montclar.', 'fr'), false);
    assert.equal(swapped('Harford Rovers and Dunmore Athletic signed the deal.', 'Dunmore Athletic and Harford Rovers signed the deal.', 'en'), false);
    assert.equal(swapped('Harford Rovers met Dunmore Athletic in the final.', 'Dunmore Athletic met Harford Rovers in the final.', 'en'), false);
    assert.equal(swapped('Montclar a affronté Villeclair en finale.', 'Villeclair a affronté Montclar en finale.', 'fr'), false);
    assert.equal(swapped("Harford Rovers' win over Dunmore Athletic.", "Dunmore Athletic's defeat by Harford Rovers.", 'en'), false);
  });

  it('leaves alone a title between the names ("Harford coach Ann Pike", "Ann Pike, coach of Harford")', () => {
    assert.equal(swapped('Harford Rovers coach Ann Pike praised the fans.', 'Ann Pike, coach of Harford Rovers, praised the fans.', 'en'), false);
  });

  it('reads the swap in French and English', () => {
    assert.equal(swapped('Villeclair a battu Montclar 3-1.', 'Montclar a battu Villeclair 3-1.', 'fr'), true);
    assert.equal(swapped('Tom Reyes accused Ann Pike of lying.', 'Ann Pike accused Tom Reyes of lying.', 'en'), true);
  });
});
