import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { loneMonths } from '../../../server/src/core/claims/months';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/** Invented articles that time a fact by a month written alone. */
const corpus = indexOf({
  'radio.md': `---
id: radio
title: Dana Holt leaves Radio Kestrel
lang: en
---

In March, Ms Holt left her morning show on Radio Kestrel after a row over her remarks about farmers.
`,
  'mairie.md': `---
id: mairie
title: Le maire de Vassieux démissionne
lang: fr
---

En octobre, Paul Revel a quitté la mairie de Vassieux après un désaccord sur le budget de l'école.
`,
});

const check = (text: string, lang: Lang) => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

describe('months written alone', () => {
  it('reads a month after a word that places a fact in it, not a month of a date or the verb "may"', () => {
    assert.deepEqual(loneMonths('In March, Ms Holt left.').map((m) => [m.text, m.lead]), [['March', 'in']]);
    assert.deepEqual(loneMonths('En octobre, Paul Revel a quitté la mairie.').map((m) => m.text), ['octobre']);
    assert.deepEqual(loneMonths('In March 2004, Ms Holt left; on 3 May she came back; she may stay in June 5.').map((m) => m.text), []);
    assert.deepEqual(loneMonths('Le 3 mai, il est parti.').map((m) => m.text), []);
  });

  it('contradicts another month in the same place of a passage that states the rest of the claim, fixed to the source’s', () => {
    const en = check('In May, Dana Holt left her morning show on Radio Kestrel after a row over her remarks about farmers.', 'en');
    assert.equal(en.label, 'contradicted');
    assert.equal(en.conflict?.sourceName, 'March');
    const fr = check('En décembre, Paul Revel a quitté la mairie de Vassieux après un désaccord sur le budget de l’école.', 'fr');
    assert.equal(fr.label, 'contradicted');
    assert.equal(fr.conflict?.sourceName, 'octobre');
  });

  it('leaves the claim with the source’s month alone, and compares no month of another fact', () => {
    assert.notEqual(check('In March, Dana Holt left her morning show on Radio Kestrel after a row over her remarks about farmers.', 'en').label, 'contradicted');
    assert.notEqual(check('In May, Dana Holt launched a podcast about farmers.', 'en').label, 'contradicted');
  });
});
