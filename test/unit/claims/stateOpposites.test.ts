import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

describe('opposites of a state or of going on: good / bad, keep / stop, asked for / turned down', () => {
  const fr = indexOf({
    'regate.md': `---
id: regate
title: La régate de Lorient
lang: fr
---

Les conditions de navigation étaient bonnes samedi matin au large de Lorient.

Le maire de Quimper, Paul Kerbrat, a rejeté l'idée d'un audit indépendant sur les comptes du port.
`,
  });
  const en = indexOf({
    'fund.md': `---
id: fund
title: Harbour fund warning
lang: en
---

The Harbour Trust warned that Welsh councils would soon stop funding the Cardiff ferry link.
`,
  });
  const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);
  const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

  it('does not support a claim whose word the passage writes the other way', () => {
    assert.notEqual(checkFr('Les conditions de navigation étaient mauvaises samedi matin au large de Lorient.').label, 'supported');
    assert.notEqual(checkFr('Le maire de Quimper, Paul Kerbrat, a réclamé un audit indépendant sur les comptes du port.').label, 'supported');
    assert.notEqual(checkEn('The Harbour Trust said Welsh councils would keep funding the Cardiff ferry link.').label, 'supported');
  });

  it('supports the claim that writes the passage’s own word', () => {
    assert.equal(checkFr('Les conditions de navigation étaient bonnes samedi matin au large de Lorient.').label, 'supported');
    assert.equal(checkFr('Le maire de Quimper, Paul Kerbrat, a rejeté un audit indépendant sur les comptes du port.').label, 'supported');
    assert.equal(checkEn('The Harbour Trust warned that Welsh councils would soon stop funding the Cardiff ferry link.').label, 'supported');
  });
});
