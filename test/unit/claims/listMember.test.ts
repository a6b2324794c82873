import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { listedMember } from '../../../server/src/core/claims/listMember';
import { indexOf } from './helpers';

const index = indexOf({
  'console.md': `---
id: console
title: The Orbix console reaches the shops
lang: en
---

The Orbix handheld console goes on sale on Friday.

A catalogue of about 30 games is being prepared for the console including Night Harbour and Silver Road. The console faces strong rivals.
`,
  'console-fr.md': `---
id: console-fr
title: La console Orbix arrive en magasin
lang: fr
---

La console portable Orbix est mise en vente vendredi.

Un catalogue d'une trentaine de jeux est en préparation pour la console, dont Port de Nuit et Route d'Argent. La console affronte de sérieux rivaux.
`,
});
const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, index.names), index);

describe('a name a list introduces as a member', () => {
  it('reads a name after "including", "such as", « dont », « notamment » as a listed member', () => {
    const en = 'prepared for the console including Night Harbour and Silver Road';
    assert.equal(listedMember(en, en.indexOf('Night')), true);
    const fr = 'en préparation pour la console, dont Port de Nuit';
    assert.equal(listedMember(fr, fr.indexOf('Port')), true);
    const such = 'handhelds such as the Nomad';
    assert.equal(listedMember(such, such.indexOf('Nomad')), true);
    const slot = 'prepared for Night Harbour';
    assert.equal(listedMember(slot, slot.indexOf('Night')), false);
  });

  it('never sets a listed member against the claim\'s name in the slot, nor writes it in its place', () => {
    for (const [claim, lang] of [
      ['About 30 games are being prepared for the Orbix.', 'en'],
      ["Une trentaine de jeux sont en préparation pour l'Orbix.", 'fr'],
    ] as const) {
      const verdict = check(claim, lang);
      assert.notEqual(verdict.label, 'contradicted', `${claim} → ${verdict.conflict?.sourceText}`);
    }
  });
});
