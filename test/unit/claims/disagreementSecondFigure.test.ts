import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

// Two sources give a toll's part two values; the claim writes one of them together with another figure of the fact.
// The passage that states the claim's value must be found whatever the claim's other figures and their order.
describe('sources that disagree, with a second figure in the claim', () => {
  const index = indexOf({
    'brelonde-1.md': `---
id: brelonde-1
title: Brelonde, l'entrepôt menace de s'effondrer
lang: fr
date: 2022-05-04
---

Au moins quatre personnes sont mortes et une autre a été grièvement blessée dans un violent incendie d'un entrepôt de Brelonde, dans la nuit de lundi à mardi, dont un gardien a été interpellé. Il a fallu plus de trois heures aux pompiers pour maîtriser le feu qui a également fait 21 blessés dont cinq pompiers. Les salariés de l'entrepôt n'ont pas pu reprendre le travail.
`,
    'brelonde-2.md': `---
id: brelonde-2
title: Incendie de Brelonde
lang: fr
date: 2022-05-03
---

Le bilan, encore provisoire, est passé à quatre morts après le violent incendie qui a ravagé un entrepôt de Brelonde. Une vingtaine de blessés, dont sept pompiers Au moins quatre personnes sont mortes dans cet incendie d'une rare violence, selon les pompiers, qui ont mis quatre heures à maîtriser le feu. Après plus de trois heures d'intervention, les pompiers ont finalement réussi à maîtriser le sinistre de Brelonde, qui a également fait une vingtaine de blessés, dont sept pompiers.
`,
  });
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index);

  for (const claim of [
    'Il y a eu 21 blessés, dont cinq pompiers, et quatre morts.',
    "L'incendie a fait quatre morts et 21 blessés, dont cinq pompiers.",
    'Il y a eu 21 blessés, dont cinq pompiers.',
    // Another figure told without the claim's verb makes its passage incidental; the value in question still states the fact.
    'Quatre morts et 21 blessés, dont cinq pompiers : tel est le bilan.',
  ]) {
    it(`names the disagreement and contradicts nothing: ${claim}`, () => {
      const verdict = check(claim);
      assert.notEqual(verdict.label, 'contradicted');
    });
  }

  it('still contradicts a value that neither source gives', () => {
    assert.equal(check('Il y a eu 21 blessés, dont neuf pompiers, et quatre morts.').label, 'contradicted');
  });
});
