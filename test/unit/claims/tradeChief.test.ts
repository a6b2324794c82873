import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

/** An invented article: a minister and the chief architect of a belfry, each named with the title. */
const fr = indexOf({
  'beffroi.md': `---
id: beffroi
title: Le chantier du beffroi d'Orvanne
lang: fr
---

L'architecte en chef Paul Girard a remis son rapport sur la charpente du beffroi.

Ce chiffre a été confirmé par le ministre de la Culture, Marc Delorme, invité de la radio locale vendredi.
`,
});
const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('a trade’s chief is an office, not a trade (« architecte en chef »)', () => {
  it('contradicts a claim that gives the minister the chief architect’s title', () => {
    assert.equal(check('Marc Delorme, architecte en chef du beffroi, a confirmé ce chiffre, invité de la radio locale vendredi.').label, 'contradicted');
  });

  it('keeps a trade without its chief out of the comparison (a minister may be a lawyer by trade)', () => {
    assert.notEqual(check('Marc Delorme, avocat du beffroi, a confirmé ce chiffre, invité de la radio locale vendredi.').label, 'contradicted');
  });
});
