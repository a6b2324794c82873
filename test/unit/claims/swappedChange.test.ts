import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { changeOf } from '../../../server/src/core/claims/swappedChange';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/** Invented articles that tell a change by its two values. */
const corpus = indexOf({
  'ferry.md': `---
id: ferry
title: Le ferry de Lanvern plus cher
lang: fr
---

Le prix du billet du ferry de Lanvern est passé de 30 euros à 42 euros cet été.
`,
  'kelby.md': `---
id: kelby
title: Kelby loses ground in fibre
lang: en
---

Kelby Telecom now has a 41% share of the fibre market - down from 47% - which is becoming increasingly crowded.
`,
});

const check = (text: string, lang: Lang) => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

describe('swapped change: a change whose two values go the other way is not stated', () => {
  it('does not support a claim whose verb goes against its two values', () => {
    assert.notEqual(check('Le prix du billet du ferry de Lanvern a baissé de 30 euros à 42 euros cet été.', 'fr').label, 'supported');
    assert.equal(check('Le prix du billet du ferry de Lanvern a augmenté de 30 euros à 42 euros cet été.', 'fr').label, 'supported');
  });

  it('does not support the start and the end given the other way round', () => {
    assert.notEqual(check('Kelby Telecom now has a 47% share of the fibre market, up from 41%.', 'en').label, 'supported');
    assert.equal(check('Kelby Telecom now has a 41% share of the fibre market, down from 47%.', 'en').label, 'supported');
  });

  it('reads the start, the end and the way the words say', () => {
    const fr = 'Le loyer a baissé de 800 euros à 650 euros.';
    const c = changeOf(fr, parseQuantities(fr, 'fr'))!;
    assert.deepEqual([c.from.value, c.to.value, c.said], [800, 650, -1]);
    const en = 'Its share is 12%, up from 9%.';
    const e = changeOf(en, parseQuantities(en, 'en'))!;
    assert.deepEqual([e.from.value, e.to.value, e.said], [9, 12, 1]);
    const none = 'Il y avait 12 hommes contre 9 femmes.';
    assert.equal(changeOf(none, parseQuantities(none, 'fr')), undefined);
  });
});
