import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { deniesQuantified } from '../../../server/src/core/claims/existential';
import { indexOf } from './helpers';

describe('a negated existential against a quantifier of the claim', () => {
  const fr = indexOf({
    'cantine.md': `---
id: cantine
title: Intoxication à la cantine de Quimperlé
lang: fr
---

Le maire Yves Tanguy a été interrogé jeudi sur la cantine. "Nous regrettons cette erreur", dit encore M. Tanguy, qui précise qu'à sa connaissance il n'y a pas eu d'élève intoxiqué.
`,
  });
  const en = indexOf({
    'canteen.md': `---
id: canteen
title: Canteen scare in Penzance
lang: en
---

Penzance council leader Robert Tremayne said that to his knowledge no pupil had been poisoned by the meals.
`,
  });
  const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);
  const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

  it('contradicts « plusieurs », "several" of what the passage says there was none of', () => {
    assert.equal(checkFr('Yves Tanguy a précisé qu’à sa connaissance plusieurs élèves avaient été intoxiqués.').label, 'contradicted');
    assert.equal(checkEn('Robert Tremayne said that to his knowledge several pupils had been poisoned after eating the canteen meals.').label, 'contradicted');
  });

  it('contradicts a count of people where the passage says no one', () => {
    const fire = indexOf({
      'depot.md': `---
id: depot
title: Fire at the Truro bus depot
lang: en
---

Fire crews from Falmouth fought the blaze at the Truro bus depot overnight, and no one was injured, the Cornwall fire service said.
`,
      'entrepot.md': `---
id: entrepot
title: Incendie à l'entrepôt de Morlaix
lang: fr
---

Les pompiers de Brest ont combattu l'incendie de l'entrepôt de Morlaix toute la nuit et personne n'a été blessé, selon la préfecture du Finistère.
`,
    });
    const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, fire.names), fire);
    assert.equal(check('Two people were injured in the blaze at the Truro bus depot, the Cornwall fire service said.', 'en').label, 'contradicted');
    assert.equal(check('Trois personnes ont été blessées dans l’incendie de l’entrepôt de Morlaix, selon la préfecture du Finistère.', 'fr').label, 'contradicted');
    // Another count of the passage's fact is no denial of it: two firefighters are not "no one".
    assert.notEqual(check('Two firefighters from Falmouth fought the blaze at the Truro bus depot overnight.', 'en').label, 'contradicted');
  });

  it('does not read a denial narrowed by a qualifier the claim does not write', () => {
    const claim = 'Two people were injured in the blaze at the Truro bus depot.';
    const analysis = analyzeClaim(claim, 'en', en.names);
    assert.equal(deniesQuantified(claim, analysis, 'No one was seriously injured in the blaze at the Truro bus depot.', 'en'), false);
    assert.equal(deniesQuantified(claim, analysis, 'No other people were injured in the blaze at the Truro bus depot.', 'en'), false);
    assert.equal(deniesQuantified(claim, analysis, 'No one was injured in the blaze at the Truro bus depot.', 'en'), true);
  });

  it('does not read « plus de » and a number as a denial', () => {
    const claim = 'Plusieurs élèves ont été intoxiqués à Quimperlé.';
    const analysis = analyzeClaim(claim, 'fr', fr.names);
    assert.equal(deniesQuantified(claim, analysis, 'Le maire n’a pas commenté, mais plus de 30 élèves ont été intoxiqués à Quimperlé.', 'fr'), false);
    assert.equal(deniesQuantified(claim, analysis, 'Il n’y a pas eu d’élève intoxiqué à Quimperlé.', 'fr'), true);
  });

  it('does not contradict a claim that says none too, nor a quantifier of another noun', () => {
    assert.notEqual(checkFr('Yves Tanguy a précisé qu’à sa connaissance aucun élève n’avait été intoxiqué.').label, 'contradicted');
    assert.notEqual(checkFr('Yves Tanguy a ajouté qu’à sa connaissance plusieurs parents avaient été intoxiqués à la cantine.').label, 'contradicted');
    assert.notEqual(checkEn('Robert Tremayne said that to his knowledge several teachers had been poisoned by the meals.').label, 'contradicted');
  });
});
