import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { isWiderPlaceApposition, widerPlaceAfter } from '../../../server/src/core/claims/widerPlace';
import { indexOf } from './helpers';

const fr = indexOf({
  'fuite.md': `---
id: fuite
title: Le camion volé des cambrioleurs de Melun retrouvé
lang: fr
date: 2022-03-04
---

Les trois cambrioleurs ont pris la fuite mardi soir à bord d'un camion volé chez un loueur de Melun.

Ils ont ensuite abandonné une voiture sur une aire de covoiturage de Nangis (Seine-et-Marne), selon les enquêteurs.
`,
  'gendarmerie.md': `---
id: gendarmerie
title: Les recherches continuent
lang: fr
date: 2022-03-05
---

"Le camion volé a été retrouvé à Provins" (Seine et Marne), a indiqué jeudi la gendarmerie, qui poursuit ses recherches.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('a place in its slot, with its wider place in apposition', () => {
  it('does not take a wider place in brackets (« de Nangis (Seine-et-Marne) ») for the name in the claim\'s slot', () => {
    // The claim's slot after « Nangis » holds a person set in apposition; the source's bracket holds Nangis's département.
    const verdict = check('Les enquêteurs ont fouillé une aire de covoiturage de Nangis, Paul Girard, selon la gendarmerie.');
    assert.notEqual(verdict.conflict?.sourceText, 'Seine-et-Marne');
    assert.equal(verdict.conflict?.sourceName, undefined);
  });

  it('reads a wider place after a town (« Nangis, dans la Seine-et-Marne », « Nangis (Seine-et-Marne) ») and folds its spelling', () => {
    const text = 'Le camion a été retrouvé à Nangis, dans la Seine-et-Marne.';
    assert.equal(isWiderPlaceApposition(text, text.indexOf('Seine')), true);
    assert.equal(isWiderPlaceApposition(text, text.indexOf('Nangis')), false);
    assert.equal(widerPlaceAfter(text, text.indexOf(',')), 'seine et marne');
    assert.equal(widerPlaceAfter('à Provins" (Seine et Marne), a', 'à Provins'.length), 'seine et marne');
    assert.equal(isWiderPlaceApposition('la ville, dans la Seine-et-Marne', 'la ville, dans la '.length), false);
  });

  it('contradicts a town where a passage states the rest of the claim with another town in its slot, over a passage that names the town without the claim’s fact', () => {
    const v = check('Le camion volé a été retrouvé à Nangis, dans la Seine-et-Marne.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceName, 'Provins');
  });

  it('writes no town whose wider place is not the claim’s', () => {
    const v = check('Le camion volé a été retrouvé à Nangis, dans le Loiret.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceName, undefined);
  });
});
