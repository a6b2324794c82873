import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

describe('an action agreed and then not done', () => {
  const corpus = indexOf({
    'harbour.md': `---
id: harbour
title: Harbour row in Penzance
lang: en
---

The harbour master summoned Tom Pascoe to his office on Monday. "Pascoe also agreed at that meeting to refund the mooring fees to the council. He didn't do this, which is why we went to court," the harbour master said.
`,
    'port.md': `---
id: port
title: Querelle au port de Concarneau
lang: fr
---

Le maire a convoqué Yann Le Goff lundi. Yann Le Goff avait accepté lors de cette réunion de rembourser les droits de mouillage à la commune. Il ne l'a pas fait, selon le maire.
`,
  });
  const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

  it('contradicts a claim that the action was done', () => {
    assert.equal(check('Tom Pascoe later refunded the mooring fees to the council, as he had agreed to do at the meeting.', 'en').label, 'contradicted');
    assert.equal(check('Yann Le Goff a ensuite remboursé les droits de mouillage à la commune, comme il l’avait accepté lors de la réunion.', 'fr').label, 'contradicted');
  });

  it('does not contradict the claim that tells the promise', () => {
    assert.notEqual(check('Tom Pascoe agreed at the meeting to refund the mooring fees to the council.', 'en').label, 'contradicted');
    assert.notEqual(check('Yann Le Goff avait accepté lors de la réunion de rembourser les droits de mouillage à la commune.', 'fr').label, 'contradicted');
  });
});
