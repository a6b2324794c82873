import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { costThingOf } from '../../../server/src/core/claims/costThing';
import { indexOf } from './helpers';

/** Two articles with a cost each: a cooperative's tractor, and a town's library. */
const index = indexOf({
  'tracteur.md': `---
id: tracteur
title: Une coopérative de Corrèze se modernise
lang: fr
date: 2022-04-02
---

Les éleveurs de la coopérative de Treignac ont voté l'achat d'un tracteur électrique. Fin 2021, ils lancent la construction de leur premier hangar solaire. « On a ainsi pu financer la machine », explique le président de la coopérative de Treignac, évoquant un coût de construction de trois millions d'euros.
`,
  'mediatheque.md': `---
id: mediatheque
title: La médiathèque d'Ussel rouvre ses portes
lang: fr
date: 2022-06-10
---

La rénovation de la médiathèque d'Ussel a coûté 4 millions d'euros, selon la mairie.
`,
  'passerelle.md': `---
id: passerelle
title: La passerelle de Meymac
lang: fr
date: 2022-05-10
---

La passerelle de Meymac enjambe la Luzège. La passerelle a été fermée en mars. Une nouvelle passerelle remplacera l'ancienne passerelle en 2024.
`,
  'stade.md': `---
id: stade
title: A new stadium for Hartley
lang: en
date: 2022-06-10
---

The new stadium cost £40m, the council said on Monday.
`,
});
const check = (text: string, lang: 'fr' | 'en' = 'fr') => checkClaim(text, analyzeClaim(text, lang, index.names), index);

describe('the thing a cost is of', () => {
  it('reads the claim’s thing before the verb of cost, or after « coût de », "cost of"', () => {
    const of = (text: string, lang: 'fr' | 'en' = 'fr') => {
      const analysis = analyzeClaim(text, lang, index.names);
      return costThingOf(text, analysis.quantities[0], analysis)?.map((w) => w.norm);
    };
    assert.deepEqual(of('La construction de la nouvelle passerelle a coûté 12 millions d’euros.'), ['passerelle']);
    assert.deepEqual(of('La construction du nouveau silo de la coopérative a coûté 12 millions d’euros.'), ['silo']);
    assert.deepEqual(of('The new grain silo of the cooperative cost £2m.', 'en'), ['silo']);
    assert.deepEqual(of('Le pont Lasalle a coûté 2 millions d’euros.'), ['pont', 'lasalle']);
    assert.deepEqual(of('Le coût de la rénovation du gymnase s’élève à 2 millions d’euros.'), ['gymnase']);
    assert.deepEqual(of('The new stadium cost £45m.', 'en'), ['stadium']);
    assert.equal(of('La mairie a reçu 2 millions d’euros.'), undefined);
  });

  it('does not compare a cost with the cost of a thing the passage and its context never name', () => {
    // Shares « construction », « coopérative de Treignac », « coût », « millions d'euros » with the tractor's passage, not the silo.
    const verdict = check('La construction du nouveau silo de la coopérative de Treignac a coûté 12 millions d’euros.');
    assert.notEqual(verdict.label, 'contradicted');
    assert.equal(verdict.conflict, undefined);
  });

  it('still compares a cost with the same thing’s cost', () => {
    assert.equal(check('La rénovation de la médiathèque d’Ussel a coûté 6 millions d’euros.').label, 'contradicted');
    assert.equal(check('The new stadium cost £45m.', 'en').label, 'contradicted');
    assert.equal(check('La rénovation de la médiathèque d’Ussel a coûté 4 millions d’euros.').label, 'supported');
  });
});
