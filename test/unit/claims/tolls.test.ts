import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { casualtyState, tollTime } from '../../../server/src/core/claims/casualties';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

const index = indexOf({
  'naufrage-1.md': `---
id: naufrage-1
title: Naufrage d'un ferry sur le lac Varna, au moins 64 morts
lang: fr
date: 2022-06-05
---

Un ferry a sombré dimanche sur le lac Varna. Au moins 64 personnes, dont 12 enfants, ont été tuées.

Dans la matinée de dimanche, le bilan ne cessait de s'alourdir, un précédent bilan faisait état de 41 morts.

Le bilan pourrait encore s'aggraver car on dénombre plus de 150 blessés dans ce naufrage.

Le dernier bilan officiel fait état de 64 morts mais pourrait être encore amené à s'aggraver.
`,
  'naufrage-2.md': `---
id: naufrage-2
title: Naufrage du lac Varna, le bilan passe à 97 morts
lang: fr
date: 2022-06-06
---

Plus de 97 personnes ont péri et 180 ont été blessées dans ce naufrage, selon le dernier bilan officiel en date.

Plus de 150 personnes ont été blessées.
`,
});
const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index);

describe('tolls', () => {
  it('reads what a count of a toll counts', () => {
    const text = 'Plus de 97 personnes ont péri et 180 ont été blessées, 3 sont portées disparues.';
    assert.deepEqual(parseQuantities(text, 'fr').map((q) => casualtyState(text, q)), ['dead', 'injured', 'missing']);
    const en = 'At least 40 people were killed, 120 injured and 12 flown to hospital.';
    assert.deepEqual(parseQuantities(en, 'en').map((q) => casualtyState(en, q)), ['dead', 'injured', undefined]);
  });

  it('reads what a count of a toll counts from the verb or the noun before it', () => {
    const en = 'The landslide buried the village, killing 35 people and injuring 80.';
    assert.deepEqual(parseQuantities(en, 'en').map((q) => casualtyState(en, q)), ['dead', 'injured']);
    const fr = 'Le glissement de terrain a tué 35 personnes et blessé 80 autres.';
    assert.deepEqual(parseQuantities(fr, 'fr').map((q) => casualtyState(fr, q)), ['dead', 'injured']);
    const toll = 'The death toll has risen to 35.';
    assert.equal(casualtyState(toll, parseQuantities(toll, 'en')[0]), 'dead');
  });

  it('never compares the dead with the injured', () => {
    const verdict = check('Selon le dernier bilan officiel, plus de 97 personnes ont péri et 190 ont été blessées.');
    assert.notEqual(verdict.conflict?.sourceQuantity?.value, 150, JSON.stringify(verdict.conflict));
  });

  it('does not contradict a toll the sources give with an earlier or later one', () => {
    const verdict = check('Le premier bilan faisait état de 64 morts, dont 12 enfants, et de moins de 150 blessés.');
    assert.ok(![41, 97].includes(verdict.conflict?.sourceQuantity?.value ?? -1), JSON.stringify(verdict.conflict));
  });
});

describe('the time of a toll', () => {
  const latest = indexOf({
    'crue.md': `---
id: crue
title: Crue de la Sarre, le bilan s'alourdit
lang: fr
---

Selon le dernier bilan officiel, la crue de la Sarre a fait 31 morts dans la vallée.
`,
  });
  const on = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', latest.names), latest);

  it('reads when a toll was given', () => {
    assert.equal(tollTime('Le premier bilan faisait état de 12 morts.'), 'earlier');
    assert.equal(tollTime('Selon le dernier bilan officiel, 31 morts.'), 'latest');
    assert.equal(tollTime('The latest death toll stands at 31.'), 'latest');
    assert.equal(tollTime('Le bilan est passé d’un premier bilan de 12 morts à un nouveau bilan de 31 morts.'), undefined);
  });

  it('does not contradict a first toll with the latest one', () => {
    assert.notEqual(on('Selon le premier bilan officiel, la crue de la Sarre a fait 12 morts dans la vallée.').label, 'contradicted');
  });

  it('still contradicts a toll of the same time', () => {
    assert.equal(on('Selon le dernier bilan officiel, la crue de la Sarre a fait 21 morts dans la vallée.').conflict?.sourceQuantity?.value, 31);
  });
});
