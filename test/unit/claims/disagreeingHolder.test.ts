import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { valueOfSameHolder } from '../../../server/src/core/claims/disagreeingSources';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

const index = indexOf({
  'a.md': `---
id: a
title: Disparition de Lénaïg dans le Jura
lang: fr
---

Les gendarmes recherchent toujours Lénaïg, 11 ans, disparue samedi lors d'une fête de village à Morbier.
`,
  'b.md': `---
id: b
title: Un suspect interrogé après la disparition de Lénaïg
lang: fr
---

Le premier homme interpellé lundi, également âgé de 41 ans et invité à la fête de village, est toujours interrogé tandis que Lénaïg, disparue samedi lors de la fête de village à Morbier, demeure introuvable.
`,
});

const passage = (text: string) => ({ evidence: { sentence: { text } }, namesCovered: true, namesOutsideSentence: [] });
const value = (text: string, n: number) => parseQuantities(text, 'fr').find((q) => q.value === n)!;

describe('a disagreeing source\'s value told of the claim\'s holder', () => {
  it('reads a value as the claim holder\'s only when a name of the claim is written near it', () => {
    const other = 'Le premier homme interpellé lundi, également âgé de 41 ans et invité à la fête, est toujours interrogé tandis que les recherches pour retrouver Lénaïg se poursuivent.';
    assert.equal(valueOfSameHolder(passage(other), ['Lénaïg'], value(other, 41)), false);
    const own = 'Les gendarmes recherchent toujours Lénaïg, 12 ans, disparue samedi.';
    assert.equal(valueOfSameHolder(passage(own), ['Lenaig'], value(own, 12)), true);
    assert.equal(valueOfSameHolder({ ...passage(own), namesOutsideSentence: [{}] }, ['Lénaïg'], value(own, 12)), false);
  });

  it('names no disagreement with another person\'s age', () => {
    for (const [claim, lang] of [
      ['Lénaïg, 9 ans, a disparu samedi lors d\'une fête de village à Morbier.', 'fr'],
      ['Lenaig was nine years old when she disappeared at a village fête in Morbier.', 'en'],
    ] as const) {
      const verdict = checkClaim(claim, analyzeClaim(claim, lang, index.names), index);
      assert.notEqual(verdict.disagreement?.sourceText, '41 ans', claim);
    }
  });
});
