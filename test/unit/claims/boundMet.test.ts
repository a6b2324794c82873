import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { claimBoundMet } from '../../../server/src/core/claims/boundMet';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

const index = indexOf({
  'fete.md': `---
id: fete
title: La fête des moissons de Valcourt
lang: fr
---

La fête des moissons de Valcourt a réuni samedi quelque 420 bénévoles venus de tout le canton pour préparer le village.
`,
  'fair.md': `---
id: fair
title: Harvest fair in Dunmore
lang: en
---

The Dunmore harvest fair drew some 420 volunteers from across the county to prepare the village on Saturday.
`,
});
const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, index.names), index);

const q = (text: string, lang: 'fr' | 'en') => parseQuantities(text, lang)[0];

describe('a claim bound the source value meets', () => {
  it('reads « plus de » / « moins de », "more than" / "fewer than" as met by a value on their side, approximate or not', () => {
    assert.equal(claimBoundMet(q('plus de 300 bénévoles', 'fr'), q('quelque 420 bénévoles', 'fr')), true);
    assert.equal(claimBoundMet(q('moins de 500 bénévoles', 'fr'), q('quelque 420 bénévoles', 'fr')), true);
    assert.equal(claimBoundMet(q('more than 300 volunteers', 'en'), q('420 volunteers', 'en')), true);
    assert.equal(claimBoundMet(q('fewer than 300 volunteers', 'en'), q('some 420 volunteers', 'en')), false);
    assert.equal(claimBoundMet(q('more than 420 volunteers', 'en'), q('420 volunteers', 'en')), false);
    assert.equal(claimBoundMet(q('at least 420 volunteers', 'en'), q('420 volunteers', 'en')), true);
    assert.equal(claimBoundMet(q('300 volunteers', 'en'), q('420 volunteers', 'en')), false);
    // A source bound is a limit of its own; a figure a scale past the bound is a scale error.
    assert.equal(claimBoundMet(q('up to 95 years', 'en'), q('up to 85 years', 'en')), false);
    assert.equal(claimBoundMet(q('up to 95 years', 'en'), q('85 years', 'en')), false);
    assert.equal(claimBoundMet(q('plus de 300 000 euros', 'fr'), q('300 millions d\'euros', 'fr')), false);
  });

  it('reads a source bound the same way as meeting the claim’s when all it allows lies on the claim’s side', () => {
    assert.equal(claimBoundMet(q('plus de 80 ans', 'fr'), q('plus de 90 ans', 'fr')), true);
    assert.equal(claimBoundMet(q('more than 80 years', 'en'), q('more than 80 years', 'en')), true);
    assert.equal(claimBoundMet(q('more than 80 years', 'en'), q('at least 80 years', 'en')), false);
    assert.equal(claimBoundMet(q('at least 80 years', 'en'), q('more than 80 years', 'en')), true);
    assert.equal(claimBoundMet(q('moins de 500 bénévoles', 'fr'), q('moins de 420 bénévoles', 'fr')), true);
    // A stronger bound than the source gives is not met: the source says less.
    assert.equal(claimBoundMet(q('plus de 15 ans', 'fr'), q('plus de 13 ans', 'fr')), false);
    assert.equal(claimBoundMet(q('more than three years', 'en'), q('more than a year', 'en')), false);
    // A bound the other way round, or a scale apart, is no bound met.
    assert.equal(claimBoundMet(q('plus de 300 bénévoles', 'fr'), q('moins de 420 bénévoles', 'fr')), false);
    assert.equal(claimBoundMet(q('plus de 300 000 euros', 'fr'), q('plus de 300 millions d\'euros', 'fr')), false);
  });

  it('never contradicts a bound the source meets, nor supports one it does not meet', () => {
    for (const [claim, lang] of [
      ['Plus de 350 bénévoles venus de tout le canton ont préparé le village.', 'fr'],
      ['Plus de 350 bénévoles ont été réunis samedi à Valcourt.', 'fr'],
      ['Moins de 500 bénévoles venus de tout le canton ont préparé le village.', 'fr'],
      ['More than 350 volunteers from across the county prepared the village on Saturday.', 'en'],
      ['Fewer than 500 volunteers from across the county prepared the village on Saturday.', 'en'],
    ] as const) {
      assert.notEqual(check(claim, lang).label, 'contradicted', claim);
    }
    assert.notEqual(check('Plus de 600 bénévoles ont préparé le village pour la fête des moissons de Valcourt.', 'fr').label, 'supported');
  });
});
