import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

/** An invented article that writes its date out, and a claim that writes it in figures with another word for the place. */
const corpus = indexOf({
  'musee.md': `---
id: musee
title: Le musée de Pont-Croix rouvre
lang: fr
date: 2020-05-20
---

Deux mois après l'inondation, le musée a rouvert ses portes jeudi 14 mai à 9h00.

Sur les 30 employés, 24 ont repris le travail.
`,
});

describe('a date written in figures', () => {
  it('names its month as a content word of the claim, once', () => {
    const words = analyzeClaim('Le magasin a rouvert le 12/04/2018 à 10 heures.', 'fr', corpus.names).words;
    assert.deepEqual(words.filter((w) => w.norm === 'avril').map((w) => w.isName), [false]);
    assert.equal(analyzeClaim('Le magasin a rouvert le 12 avril 2018.', 'fr', corpus.names).words.filter((w) => w.norm === 'avril').length, 1);
  });

  it('states as much of a passage that writes the date out as the same claim with the month name', () => {
    const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', corpus.names), corpus);
    const figures = check("L'établissement a rouvert ses portes le 14/05/2020 à 9 heures.");
    const words = check("L'établissement a rouvert ses portes le 14 mai 2020 à 9 heures.");
    assert.equal(figures.evidence[0].coverage.toFixed(3), words.evidence[0].coverage.toFixed(3));
    assert.equal(check('Le musée a rouvert ses portes le 14/05/2020 à 9 heures.').label, 'supported');
    assert.notEqual(check('Le musée a rouvert ses portes le 16/05/2020 à 9 heures.').label, 'supported');
  });
});
