import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { wordsStatedWithValue } from '../../../server/src/core/claims/valueWords';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

const fr = indexOf({
  'marais.md': `---
id: marais
title: Le marais de Brévannes
lang: fr
date: 2022-03-10
---

Après six semaines de relevés et près de 400 prélèvements, les hydrologues soupçonnent la station de pompage.

La fermeture du sentier du marais prendra effet à 18h, selon la préfecture.

Le bassin nord a été vidé le 3 février.
`,
  'digue.md': `---
id: digue
title: La digue de Brévannes
lang: fr
date: 2022-03-12
---

Au moins 900 riverains ont été privés d'eau potable par la crue du marais.
`,
});
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('words stated with a figure', () => {
  it('gives the qualifier of an approximate figure and the hour of a time, only with an equal value', () => {
    const claim = 'Les hydrologues ont fait environ 400 prélèvements et fermé le sentier à dix-huit heures.';
    const analysis = analyzeClaim(claim, 'fr', fr.names);
    const [about, hour] = analysis.quantities;
    const source = parseQuantities('près de 400 prélèvements, à 18h', 'fr');
    assert.deepEqual(wordsStatedWithValue(about, [source[0]], analysis.words).map((w) => w.text), ['environ']);
    assert.deepEqual(wordsStatedWithValue(hour, [source[1]], analysis.words).map((w) => w.text), ['heures']);
    assert.deepEqual(wordsStatedWithValue(about, [], analysis.words), []);
    // A bound does not state an approximate figure (« au moins 400 » is not « environ 400 »).
    assert.deepEqual(wordsStatedWithValue(about, parseQuantities('au moins 400 prélèvements', 'fr'), analysis.words), []);
  });

  it('gives a currency in words that the passage writes with its sign, of the same currency only', () => {
    const claim = 'The council pledged three million pounds for the harbour.';
    const analysis = analyzeClaim(claim, 'en', fr.names);
    const [money] = analysis.quantities;
    assert.deepEqual(wordsStatedWithValue(money, parseQuantities('£3m', 'en'), analysis.words).map((w) => w.text), ['pounds']);
    assert.deepEqual(wordsStatedWithValue(money, parseQuantities('$3m', 'en'), analysis.words), []);
  });

  it('supports an approximate figure that a passage rounds another way', () => {
    assert.equal(checkFr('Avant de fermer la station, les hydrologues avaient mené environ 400 prélèvements en six semaines.').label, 'supported');
  });

  it('supports a time in hours that a passage writes with the mark « h »', () => {
    assert.equal(checkFr('La fermeture du sentier était prévue à dix-huit heures.').label, 'supported');
  });

  it('does not support a wrong figure because of its qualifier', () => {
    assert.notEqual(checkFr('Avant de fermer la station, les hydrologues avaient mené environ 250 prélèvements en six semaines.').label, 'supported');
  });
});
