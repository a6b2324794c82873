import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { loneMonths, monthSlotConflict } from '../../../server/src/core/claims/months';
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

describe('months written with the prefix of their middle (« mi-novembre », "mid-November")', () => {
  it('reads the month of « mi-novembre » and "mid-November", its lead being the prefix', () => {
    const [fr] = loneMonths('Le rapport de la commission, publié mi-novembre, recommande la fermeture du site.');
    assert.deepEqual([fr?.text, fr?.lead], ['novembre', 'mi']);
    const [en] = loneMonths("The commission's report, published in mid-November, recommends closing the site.");
    assert.deepEqual([en?.text, en?.lead], ['November', 'mid']);
  });

  it('reads no month in another hyphenated word, in a lowercase English month, nor before a year', () => {
    assert.equal(loneMonths('Le mi-temps de la rencontre a été sifflé.').length, 0);
    assert.equal(loneMonths('The plan was revised in mid-november.').length, 0);
    assert.equal(loneMonths('Le rapport a été publié mi-novembre 2019.').length, 0);
  });

  it('finds another month in the same place of the passage, across the two languages', () => {
    const pair = monthSlotConflict('Le rapport de la commission, publié mi-octobre, recommande la fermeture du site.', 'Le rapport de la commission, publié mi-novembre, recommande la fermeture du site.');
    assert.deepEqual([pair?.claim.text, pair?.source.text], ['octobre', 'novembre']);
    const across = monthSlotConflict("The commission's report, published in mid-October, recommends closing the site.", 'Le rapport de la commission, publié mi-novembre, recommande la fermeture du site.');
    assert.deepEqual([across?.claim.text, across?.source.text], ['October', 'novembre']);
    assert.equal(monthSlotConflict('Le rapport de la commission, publié mi-novembre, recommande la fermeture.', 'Le rapport de la commission, publié mi-novembre, recommande la fermeture du site.'), undefined);
  });
});
