import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { negatedPredicateOnly } from '../../../server/src/core/claims/negatedPredicate';
import { indexOf } from './helpers';

describe('the claim’s predicate negated in another clause than the one naming its subject', () => {
  const fr = indexOf({
    'lettre.md': `---
id: lettre
title: La lettre du maire de Quimper
lang: fr
---

"Parce que je ne me situe pas au-dessus des règles, je ne suis pas en mesure d'accéder à votre demande" : dans une lettre datée de jeudi, le maire Paul Kerbrat a répondu à la demande de Jean Morel.
`,
  });
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

  it('does not support a claim whose predicate the passage says negated in a quotation before its subject’s clause', () => {
    assert.notEqual(check('Paul Kerbrat a finalement accédé à la demande de Jean Morel.').label, 'supported');
  });

  it('supports the claim that says the same no', () => {
    assert.notEqual(check("Paul Kerbrat n'a pas accédé à la demande de Jean Morel.").label, 'contradicted');
  });

  it('reads the predicate’s words, not the names, and needs the stating part to state fewer of them', () => {
    const part = (terms: string[], negated: boolean) => ({ terms: new Set(terms), negated });
    const stating = part(['kerbrat', 'paul', 'morel', 'demand'], false);
    const quoted = part(['acced', 'demand'], true);
    assert.equal(negatedPredicateOnly([quoted, stating], stating, [['finalement'], ['acced'], ['demand']]), quoted);
    assert.equal(negatedPredicateOnly([quoted, stating], stating, [['acced'], ['demand'], ['lettr'], ['jeud'], ['repond']]), undefined);
    assert.equal(negatedPredicateOnly([quoted, part(['acced', 'demand'], false)], part(['acced', 'demand'], false), [['acced'], ['demand']]), undefined);
  });
});
