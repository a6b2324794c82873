import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

const fr = indexOf({
  'crue.md': `---
id: crue
title: La crue de la Vire
lang: fr
date: 2023-01-12
---

La Vire est sortie de son lit mardi soir à Saint-Lô, inondant une centaine de maisons du quartier de l'Enclos.

Le ministre de l'Intérieur Bertrand Lasalle était également présent lors de la visite des quartiers inondés.

En 2021, le ministre de l'Intérieur Jacques Morin avait déjà visité le quartier de l'Enclos après une crue.

Les sinistrés seront indemnisés dans les trois mois, a promis la ministre du Logement, Maud Ferrand, venue de Paris.
`,
});

const en = indexOf({
  'exchange.md': `---
id: exchange
title: Norland exchange weighs bid
lang: en
date: 2019-05-03
---

Norland Exchange chief executive Clara Dunn said the board would meet on Friday to weigh the offer from Baltic Clearing.

"We are confident the fares will hold," said Kestrel Air deputy chief executive Owen Marsh on Tuesday.
`,
});

const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);
const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

describe('the claim’s title held by another person', () => {
  it('never fixes a French ministry when the passage that states the claim gives the claim’s ministry to another minister (the name may be what is wrong)', () => {
    const v = checkFr("Le ministre de l'Intérieur Maud Ferrand était également présente lors de la visite des quartiers inondés.");
    assert.ok(v.label !== 'contradicted' || v.conflict?.sourceName === undefined, `fix: ${v.conflict?.sourceName}`);
  });

  it('never fixes a title with the person’s title at another body ("deputy chief executive" of another firm)', () => {
    const v = checkEn('Norland Exchange chief executive Owen Marsh said the board would meet on Friday to weigh the offer from Baltic Clearing.');
    assert.ok(v.label !== 'contradicted' || v.conflict?.sourceName === undefined || v.conflict.sourceName === 'Clara Dunn', `fix: ${v.conflict?.sourceName}`);
    assert.doesNotMatch(v.conflict?.sourceName ?? '', /deputy/);
  });

  it('still fixes the ministry when the passage that states the claim best names the claim’s person, though others hold the claim’s ministry', () => {
    const v = checkFr("Le ministre de l'Intérieur Maud Ferrand a promis que les sinistrés seraient indemnisés dans les trois mois.");
    assert.equal(v.label, 'contradicted');
    assert.match(v.conflict?.sourceName ?? '', /Logement/);
  });
});
