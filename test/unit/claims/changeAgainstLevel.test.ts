import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { changeAgainstLevel, writtenAsChange } from '../../../server/src/core/claims/directionClause';
import { indexOf } from './helpers';

describe('a change is not a level', () => {
  const fr = indexOf({
    'fromalux.md': `---
id: fromalux
title: Les comptes de Fromalux
lang: fr
---

Le groupe Fromalux a annoncé un plan de 2 millions d'euros sur trois ans. Son président, Jean Morvan, a précisé que le chiffre d'affaires a progressé de 9 % en 2018. Le coureur Paul Le Goff a gagné la course de Brest. La part du marché détenue par Fromalux atteint 21 %. L'usine de Brest emploie plus de 400 salariés.
`,
  });

  it('does not fix a change of a share with the share’s level', () => {
    const claim = 'La part de marché de Fromalux a progressé de 9 %.';
    const result = checkClaim(claim, analyzeClaim(claim, 'fr', fr.names), fr);
    assert.notEqual(result.conflict?.sourceText, '21 %');
  });

  it('tells a change from a level', () => {
    assert.equal(writtenAsChange('a progressé de 12 %', 'a progressé de '.length), true);
    assert.equal(writtenAsChange('sales rose by 12%', 'sales rose by '.length), true);
    assert.equal(writtenAsChange('une hausse de 12 %', 'une hausse de '.length), true);
    assert.equal(writtenAsChange('la part atteint 18 %', 'la part atteint '.length), false);
    assert.equal(writtenAsChange('market share is 18%', 'market share is '.length), false);
    assert.equal(changeAgainstLevel('rose 12%', 5, 'is 18%', 3), true);
    assert.equal(changeAgainstLevel('rose 12%', 5, 'fell 18%', 5), false);
  });
});
