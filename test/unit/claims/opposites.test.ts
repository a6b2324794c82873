import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

describe('more opposites: rulings, verdicts, changes', () => {
  const fr = indexOf({
    'appel.md': `---
id: appel
title: La cour d'appel de Rennes et le port de Lorient
lang: fr
---

La cour d'appel de Rennes a infirmé en 2021 le jugement qui autorisait l'extension du port de Lorient.

Le conseil municipal de Quimper a rejeté en 2022 le budget de 14 millions d'euros présenté par le maire.
`,
  });
  const en = indexOf({
    'ruling.md': `---
id: ruling
title: Port Talbot appeal
lang: en
---

The Court of Appeal in Cardiff overturned in 2021 the ruling that allowed the Port Talbot expansion.

The Port Talbot council's surplus reached £3m in 2022, its treasurer said.

Since the Port Talbot plant reopened, the value of the Welsh freight index has risen by 12%.
`,
  });
  const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);
  const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

  it('contradicts a claim whose word the passage writes the other way', () => {
    assert.equal(checkFr('La cour d’appel de Rennes a confirmé en 2021 le jugement qui autorisait l’extension du port de Lorient.').label, 'contradicted');
    assert.equal(checkFr('Le conseil municipal de Quimper a adopté en 2022 le budget de 14 millions d’euros présenté par le maire.').label, 'contradicted');
    assert.equal(checkEn('The Court of Appeal in Cardiff upheld in 2021 the ruling that allowed the Port Talbot expansion.').label, 'contradicted');
    assert.equal(checkEn('The Port Talbot council’s deficit reached £3m in 2022, its treasurer said.').label, 'contradicted');
    assert.equal(checkEn('Since the Port Talbot plant reopened, the value of the Welsh freight index has fallen by 12%.').label, 'contradicted');
  });

  it('supports the claim that writes the passage’s own word', () => {
    assert.equal(checkFr('La cour d’appel de Rennes a infirmé en 2021 le jugement qui autorisait l’extension du port de Lorient.').label, 'supported');
    assert.equal(checkEn('The Court of Appeal in Cardiff overturned in 2021 the ruling that allowed the Port Talbot expansion.').label, 'supported');
    assert.equal(checkEn('Since the Port Talbot plant reopened, the value of the Welsh freight index has risen by 12%.').label, 'supported');
  });
});
