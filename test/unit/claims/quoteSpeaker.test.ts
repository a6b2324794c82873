import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

const en = indexOf({
  'pound.md': `---
id: pound
title: Pound slides against the euro
lang: en
date: 2020-09-08
---

The pound fell to a six-month low against the euro on Monday as traders weighed the risk of a disorderly exit.

Central bank governor Ann Roe said rates would stay on hold until the spring.

"The pound's slide has been sudden, steep and deserved given these numbers," said Tom Ives of Northbank in Leeds.
`,
});
const fr = indexOf({
  'rocade.md': `---
id: rocade
title: La rocade de Varennes devant le tribunal
lang: fr
date: 2021-05-12
---

Le tribunal administratif a suspendu mardi les travaux de la rocade de Varennes, saisi par trois associations de riverains.

Le maire Paul Lemoine a annoncé qu'il ferait appel de la décision.

« Cette suspension est injuste, tardive et coûteuse pour toute la commune », a déclaré Jean Varin, président de la communauté de communes.
`,
});

const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('words a claim quotes given to another speaker', () => {
  it('contradicts the name the claim opens on where a passage quotes the same words after another speaker’s name, and writes that name', () => {
    const v = checkEn('Ann Roe said the pound\'s slide had been "sudden, steep and deserved given these numbers".');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceName, 'Tom Ives');
    const f = checkFr('Paul Lemoine a déclaré que cette suspension était « injuste, tardive et coûteuse pour toute la commune ».');
    assert.equal(f.label, 'contradicted');
    assert.equal(f.conflict?.sourceName, 'Jean Varin');
  });

  it('leaves alone the speaker the source gives, and a quotation the passage does not make', () => {
    assert.notEqual(checkEn('Tom Ives said the pound\'s slide had been "sudden, steep and deserved given these numbers".').label, 'contradicted');
    assert.notEqual(checkEn('Ann Roe said the pound\'s slide had been "a worry for exporters and for the whole of the north".').label, 'contradicted');
  });
});
