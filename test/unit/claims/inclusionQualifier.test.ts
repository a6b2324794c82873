import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

const fr = indexOf({
  'phare.md': `---
id: phare
title: Le nouveau phare de Kerhir
lang: fr
date: 2021-07-01
---

Le phare de Kerhir est en cours de construction et culminera à 52 mètres (58 mètres avec son antenne qui le domine).

Les travaux ont été confiés à une entreprise de Lorient.
`,
  'port.md': `---
id: port
title: Le port de Kerhir
lang: fr
date: 2021-07-02
---

Le port de Kerhir accueille 300 bateaux de pêche chaque année.
`,
});
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('a value told with or without a part', () => {
  it('does not support a figure without a part by the same figure with it', () => {
    const v = checkFr('Le phare de Kerhir culminera à 58 mètres sans son antenne.');
    assert.notEqual(v.label, 'supported');
    assert.notEqual(v.label, 'contradicted');
  });

  it('still supports the figure with the part, and the figure without any', () => {
    assert.equal(checkFr('Le phare de Kerhir culminera à 58 mètres avec son antenne.').label, 'supported');
    assert.equal(checkFr('Le phare de Kerhir culminera à 52 mètres.').label, 'supported');
  });
});
