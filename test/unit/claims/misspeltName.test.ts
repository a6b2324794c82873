import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { misspeltName } from '../../../server/src/core/claims/misspeltName';
import { indexOf } from './helpers';

/** An invented article that misspells its subject's surname once (two letters changed) and spells it right in its title. */
const corpus = indexOf({
  'phare.md': `---
id: phare
title: "Affaire Kerlouvenec : le vol du phare"
lang: fr
---

Le mystère se lève cependant un peu plus chaque jour sur le mobile présumé d'Yves Kerlauvinec, qui a avoué le 4 avril 2019 avoir volé la lentille du phare de Penmarc'h, ainsi que deux cloches et leurs cordes. Affaire du phare : et si la lentille, mobile du vol, n'avait jamais existé ? Sa sœur aurait demandé de "comprendre Yves car il n'avait pas dormi".
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', corpus.names), corpus);

describe('misspelt name: a source’s one-off typo of the claim’s name is the same name', () => {
  it('neither contradicts nor fixes the right spelling to the typo', () => {
    const v = check('Yves Kerlouvenec a avoué le 4 avril 2019.');
    assert.notEqual(v.label, 'contradicted');
  });

  it('still contradicts another name in the slot', () => {
    const v = check('Yves Kermarrec a avoué le 4 avril 2019.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceText, 'Kerlauvinec');
  });

  it('takes two edits as a typo only for long words with the same first name', () => {
    const claim = 'Yves Kerlouvenec a avoué.';
    const source = "le mobile d'Yves Kerlauvinec, qui a avoué";
    assert.equal(misspeltName('Kerlouvenec', claim, 5, 'Kerlauvinec', source, source.indexOf('Kerlauvinec')), true);
    const other = 'le mobile de Paul Kerlauvinec, qui a avoué';
    assert.equal(misspeltName('Kerlouvenec', claim, 5, 'Kerlauvinec', other, other.indexOf('Kerlauvinec')), false);
    assert.equal(misspeltName('Jean Martin', 'Jean Martin a dit.', 0, 'Jean Marion', 'Jean Marion a dit.', 0), false);
    assert.equal(misspeltName('Jean Martinez', 'Jean Martinez a dit.', 0, 'Jean Martines', 'Jean Martines a dit.', 0), true);
  });
});
