import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

/** An invented French article on a plant closing, checked with English claims (drafts in English from French sources). */
const corpus = indexOf({
  'fonderie.md': `---
id: fonderie
title: La fonderie de Saint-Véran ferme ses portes
lang: fr
date: 2021-06-02
---

La fonderie de Saint-Véran a fermé ses portes vendredi. Le maire du bourg, Odile Marchal, a dénoncé un gâchis pour la vallée.

Fin 2019, 420 salariés du groupe et 180 prestataires travaillaient encore dans l'usine.

Cet automne, une soixantaine de familles vont quitter la commune de 3.200 habitants.

Le directeur du site, Marc Tessier, a regretté la décision du groupe. « Il y a plus de 240 emplois qui vont être perdus dans la vallée », a-t-il expliqué.

Le 4 mai, 2.300 manifestants antinucléaires se sont réunis devant la préfecture.

Le réacteur n°3 de la centrale voisine a été définitivement arrêté le 14 mars dernier.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', corpus.names), corpus);

describe('English claims against French sources', () => {
  it('reads the words of local news in French: contractors, worked, town', () => {
    assert.equal(check('In 2019, 420 employees and 180 contractors still worked at the plant.').label, 'supported');
  });

  it('contradicts a count of a town’s inhabitants that the French passage gives otherwise', () => {
    const v = check('The town has 5,200 inhabitants.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 3200);
  });

  it('does not contradict a figure of another count in the same passage', () => {
    assert.notEqual(check('In 2019, 420 employees and 950 engineers still worked at the plant.').label, 'contradicted');
  });

  it('reads "No." before a number as the sign of a number in a series, no name to find', () => {
    assert.ok(!analyzeClaim('Reactor No. 3 was shut down on 14 March 2021.', 'en', corpus.names).words.some((w) => w.norm === 'no'));
    assert.equal(check('Reactor No. 3 was shut down on 14 March 2021.').label, 'supported');
  });

  it('reads the French plural and participle of a glossary word (« emplois », « perdus »)', () => {
    assert.equal(check('Marc Tessier said more than 240 jobs would be lost.').label, 'supported');
    const v = check('More than 640 jobs would be lost in the valley, Marc Tessier said.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 240);
  });

  it('counts the noun after an English adjective (« manifestants antinucléaires », "anti-nuclear protesters")', () => {
    assert.equal(check('On 4 May 2021, 2,300 anti-nuclear protesters gathered outside the prefecture.').label, 'supported');
  });
});
