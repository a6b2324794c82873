import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { valueOfAnotherThing } from '../../../server/src/core/claims/otherThingValue';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

describe('a value of another thing the article compares with its own', () => {
  const corpus = indexOf({
    'digue.md': `---
id: digue
title: Rupture de la digue de Port-Tanet
lang: fr
---

La digue de Port-Tanet a cédé dimanche sous la pression de la crue. La brèche ouverte dans la digue s'étend sur 64 mètres. En comparaison, la brèche ouverte dans la digue de Karsholm en 1953 mesurait 210 mètres de large.
`,
    'levee.md': `---
id: levee
title: Levee failure at Port Tanet
lang: en
---

The Port Tanet levee gave way on Sunday under the pressure of the flood. The breach in the levee stretches over 64 metres. By comparison, the breach in the Karsholm levee in 1953 was 210 metres wide.
`,
  });
  const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

  it('does not fix the claim with the compared thing’s value', () => {
    const fr = check('La brèche ouverte dans la digue mesurait 90 mètres de large.', 'fr');
    assert.notEqual(fr.conflict?.sourceText, '210 mètres');
    const en = check('The breach in the levee was 90 metres wide.', 'en');
    assert.notEqual(en.conflict?.sourceText, '210 metres');
  });

  it('still fixes the claim with its own thing’s value, across languages too', () => {
    const blast = indexOf({
      'souffle.md': `---
id: souffle
title: Explosion au dépôt de Lanvern
lang: fr
---

Une explosion a ravagé mardi le dépôt de Lanvern. L'explosion a creusé un cratère de 43 mètres. En comparaison, le cratère laissé par un essai au Tanezrouft mesurait 100 mètres de large.
`,
    });
    const text = 'The crater left by the explosion was 50 metres wide.';
    const verdict = checkClaim(text, analyzeClaim(text, 'en', blast.names), blast);
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceText, '43 mètres');
  });

  it('reads the other thing’s name, not the claim’s nor the title’s', () => {
    const own = 'La brèche ouverte dans la digue s’étend sur 64 mètres.';
    const other = 'En comparaison, la brèche de la digue de Karsholm mesurait 210 mètres de large.';
    const sentences = [own, other].map((text) => ({ text, quantities: parseQuantities(text, 'fr') }));
    const value = sentences[1].quantities.find((q) => q.value === 210)!;
    const measure = (q: { unit?: string }) => q.unit === value.unit;
    assert.equal(valueOfAnotherThing(new Set(), 'Rupture de la digue de Port-Tanet', other, value, () => sentences, measure), true);
    // The claim names Karsholm: the value is the claim's thing's.
    assert.equal(valueOfAnotherThing(new Set(['karsholm']), 'Rupture de la digue de Port-Tanet', other, value, () => sentences, measure), false);
    // The article gives no other value of that measure: nothing says the name's value is not the story's.
    assert.equal(valueOfAnotherThing(new Set(), 'Rupture de la digue de Port-Tanet', other, value, () => [sentences[1]], measure), false);
  });
});
