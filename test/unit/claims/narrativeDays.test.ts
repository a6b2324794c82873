import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

/** A chronology: each step written as a day and month, the year given a few sentences before. */
const index = indexOf({
  'chronologie.md': `---
id: chronologie
title: "Affaire du canal de Brèves : sept ans de procédure"
lang: fr
date: 2021-05-11
---

En mars 2019, la préfecture de la Nièvre ordonne la fermeture du canal de Brèves. Le 4 avril, les riverains saisissent le tribunal administratif de Dijon.► Expertise "accablante"Le 18 novembre, une nouvelle expertise ordonnée par le tribunal conclut que l'écluse de Brèves est "irréparable".
`,
});
const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index);

describe('a day and month told in a chronology', () => {
  it('takes its year from the narrative before it', () => {
    assert.equal(check('En novembre 2019, une nouvelle expertise a conclu que l’écluse de Brèves était irréparable.').label, 'supported');
  });

  it('does not state another year', () => {
    assert.notEqual(check('En novembre 2018, une nouvelle expertise a conclu que l’écluse de Brèves était irréparable.').label, 'supported');
  });
});
