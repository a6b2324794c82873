import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { ordersOwnEvents, writesWordElsewhere } from '../../../server/src/core/claims/sequenceOrdinals';
import { indexOf } from './helpers';

describe('ordinals of sequence within the claim', () => {
  const corpus = indexOf({
    'silo.md': `---
id: silo
title: Explosions au silo de Kervignac
lang: fr
---

Deux détonations ont secoué la coopérative de Kervignac lundi. Une seconde détonation, beaucoup plus forte, a suivi la première vers 7 h dans le silo de Kervignac.
`,
    'mill.md': `---
id: mill
title: Blasts at the Ashby mill
lang: en
---

Two blasts shook the Ashby flour mill on Monday. A second blast, much louder, followed the first at about 7 am in the Ashby mill.
`,
  });
  const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

  it('does not read « première … seconde », "first … second" of the claim as a rank to fix', () => {
    assert.notEqual(check("Une première détonation a eu lieu vers 7 h dans le silo de Kervignac, suivie d'une seconde, plus forte.", 'fr').label, 'contradicted');
    assert.notEqual(check('A first blast occurred at about 7 am in the Ashby mill, followed by a second, louder one.', 'en').label, 'contradicted');
  });

  it('reads two ranks of one sentence, and a word the claim already writes', () => {
    const ranks = { premiere: 1, seconde: 2, first: 1, second: 2 };
    const fr = "Une première détonation a eu lieu, suivie d'une seconde.";
    assert.equal(ordersOwnEvents(fr, fr.indexOf('première'), 1, ranks), true);
    assert.equal(ordersOwnEvents('Une première détonation a eu lieu vers 7 h.', 4, 1, ranks), false);
    const en = 'A first blast occurred, followed by a second.';
    assert.equal(ordersOwnEvents(en, en.indexOf('first'), 1, ranks), true);
    assert.equal(writesWordElsewhere(en, en.indexOf('first'), 'Second'), true);
    assert.equal(writesWordElsewhere('A first blast occurred at 7 am.', 2, 'second'), false);
  });
});
