import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

const index = indexOf({
  'corvol.md': `---
id: corvol
title: Eau potable à Corvol
lang: fr
date: 2022-03-02
---

Le maire de Corvol n'a pas signé le contrat de fourniture d'eau avec la société Ardel, selon le conseil municipal.

La commune de Corvol compte 700 habitants et deux écoles.
`,
});
const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index);

describe('a negated passage', () => {
  it('never supports the positive claim, even below the coverage of a contradiction', () => {
    // Its words cover two thirds of the claim (« en mars » is not in it): too little to contradict, not a support either.
    const verdict = check('Le maire de Corvol a signé en mars le contrat avec Ardel.');
    assert.equal(verdict.label, 'unsupported');
  });

  it('still supports the claim that says it the same way', () => {
    assert.equal(check('Le maire de Corvol n’a pas signé le contrat de fourniture d’eau avec la société Ardel.').label, 'supported');
  });
});
