import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { writtenAsIdentifier } from '../../../server/src/core/claims/identifierNumber';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

/** An invented port notice: a number that names a hangar, no count of barrels. */
const index = indexOf({
  'port.md': `---
id: port
title: Des fûts entreposés au port de Villeclair
lang: fr
---

Les fûts de solvant ont été entreposés dans le hangar numéro 14 du port de Villeclair, a indiqué la capitainerie.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index);
const first = (text: string, lang: 'fr' | 'en') => parseQuantities(text, lang)[0];

describe('identifierNumber: a number that names a thing counts nothing', () => {
  it('reads « numéro 14 », « n° 4 », "No. 12", "#3" as names, « 14 fûts » as a count', () => {
    assert.equal(writtenAsIdentifier('dans le hangar numéro 14 du port', first('dans le hangar numéro 14 du port', 'fr')), true);
    assert.equal(writtenAsIdentifier('la salle n° 4', first('la salle n° 4', 'fr')), true);
    assert.equal(writtenAsIdentifier('at Gate No. 12 yesterday', first('at Gate No. 12 yesterday', 'en')), true);
    assert.equal(writtenAsIdentifier('ranked #3 in the list', first('ranked #3 in the list', 'en')), true);
    assert.equal(writtenAsIdentifier('14 fûts ont été entreposés', first('14 fûts ont été entreposés', 'fr')), false);
  });

  it('does not support a count of the claim by the number of a hangar', () => {
    assert.notEqual(check('Quatorze fûts de solvant ont été entreposés dans un hangar du port de Villeclair.').label, 'supported');
  });
});
