import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { polarityText } from '../../../server/src/core/claims/alignment';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/** Invented reports where a clause with a subject pronoun of its own, and a negation, follows a value. */
const corpus = indexOf({
  'kick.md': `---
id: kick
title: Marsh kicks Harlow to victory
lang: en
---

Six metres in from the left touchline, 48 metres out, it was not a kick that Tom Marsh would have tried a year ago.
`,
  'forage.md': `---
id: forage
title: Le forage de Vauclair
lang: fr
---

Le forage de Vauclair atteint 740 mètres de profondeur, il ne descendra pas plus bas cette année.
`,
});

const check = (text: string, lang: Lang) => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

describe('a clause with a subject pronoun of its own after a value', () => {
  it('is no part of the text that tells the value\'s polarity', () => {
    const text = 'Six metres in, 48 metres out, it was not a kick he liked.';
    assert.equal(polarityText(text, text.indexOf('48'), text.indexOf('48') + 9).includes('not'), false);
    const same = 'The 48 metres were not enough.';
    assert.equal(polarityText(same, 4, 13).includes('not'), true);
  });

  it('lets the value be compared with the claim\'s, in English and in French', () => {
    const en = check('The kick was taken six metres in from the left touchline, 58 metres out.', 'en');
    assert.equal(en.label, 'contradicted');
    assert.equal(en.conflict?.sourceQuantity?.value, 48);
    const fr = check('Le forage de Vauclair atteint 760 mètres de profondeur.', 'fr');
    assert.equal(fr.label, 'contradicted');
    assert.equal(fr.conflict?.sourceQuantity?.value, 740);
  });
});
