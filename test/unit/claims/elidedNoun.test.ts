import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { elidedUnit } from '../../../server/src/core/claims/elidedNoun';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/** Invented reports whose second count writes no noun of its own, and a flight whose altitude a preposition of time follows. */
const corpus = indexOf({
  'seisme.md': `---
id: seisme
title: Séisme dans la vallée de l'Ubaye
lang: fr
---

Plus de 140 personnes ont péri et 350 ont été blessées dans le séisme qui a frappé la vallée de l'Ubaye dans la nuit de mardi.
`,
  'storm.md': `---
id: storm
title: Storm hits the Kestrel coast
lang: en
---

The storm killed 23 people and injured 160 along the Kestrel coast on Sunday, officials said.
`,
  'vol.md': `---
id: vol
title: Disparition du vol AX 412
lang: fr
---

Les données du site spécialisé planetrack.net montrent que le bimoteur avait atteint une altitude de 7.400 pieds (2.255 mètres) avant que le contact ne soit perdu.
`,
});

const check = (text: string, lang: Lang) => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

describe('a count that writes no noun, joined to a counted value', () => {
  it('takes the noun of the value it is joined to by « et » or "and"', () => {
    const text = 'Plus de 140 personnes ont péri et 350 ont été blessées.';
    const qs = parseQuantities(text, 'fr');
    assert.equal(elidedUnit(text, qs[1], qs), qs[0].unit);
    assert.equal(elidedUnit(text, qs[0], qs), undefined);
    const apart = 'Plus de 140 personnes ont péri. Le 12 mars, 350 ont été blessées.';
    const qa = parseQuantities(apart, 'fr');
    assert.equal(elidedUnit(apart, qa[qa.length - 1], qa), undefined);
  });

  it('corrects the second count from the passage that writes it the same way', () => {
    const fr = check('Selon le bilan, plus de 140 personnes ont péri et 450 ont été blessées.', 'fr');
    assert.equal(fr.label, 'contradicted');
    assert.equal(fr.conflict?.sourceQuantity?.value, 350);
    assert.equal(check('Selon le bilan, plus de 140 personnes ont péri et 350 ont été blessées.', 'fr').label, 'supported');
    const en = check('The storm killed 23 people and injured 190 along the Kestrel coast.', 'en');
    assert.equal(en.label, 'contradicted');
    assert.equal(en.conflict?.sourceQuantity?.value, 160);
  });

  it('does not set the dead against the injured', () => {
    assert.notEqual(check('Plus de 350 personnes ont péri dans le séisme de la vallée de l\'Ubaye.', 'fr').label, 'contradicted');
  });
});

describe('a preposition of time after a value', () => {
  it('is no noun the value measures (« 8 400 pieds avant la perte de contact »)', () => {
    const v = check("Selon planetrack.net, le bimoteur avait atteint 8 400 pieds avant la perte de contact.", 'fr');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 7400);
  });
});
