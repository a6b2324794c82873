import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { restrictsInOtherWords } from '../../../server/src/core/claims/restrictedPassage';
import { indexOf } from './helpers';

describe('a negated claim against a passage that restricts or fails in other words', () => {
  it('reads restrictions and failures, in English and French', () => {
    assert.equal(restrictsInOtherWords('The film was shortlisted only in the technical categories.', 'en'), true);
    assert.equal(restrictsInOtherWords('The brewers failed to cut their prices.', 'en'), true);
    assert.equal(restrictsInOtherWords("La coopérative n'a vendu que deux tonnes de pommes.", 'fr'), true);
    assert.equal(restrictsInOtherWords('Le maire est le seul élu à avoir voté contre.', 'fr'), true);
    assert.equal(restrictsInOtherWords('The brewers cut their prices in March.', 'en'), false);
    assert.equal(restrictsInOtherWords('La coopérative a vendu deux tonnes de pommes.', 'fr'), false);
  });

  const en = indexOf({
    'festival.md': `---
id: festival
title: Harbour film festival
lang: en
---

The jury announced its list on Monday. The documentary Salt Roads was shortlisted only in the minor categories of sound and editing, a surprise for its Carvell producers.

The brewers of Dunmore failed to cut their beer prices before the summer festival, the city council said.
`,
  });
  const fr = indexOf({
    'cooperative.md': `---
id: cooperative
title: La coopérative de Vernaz
lang: fr
---

La récolte a été mauvaise cet automne. La coopérative de Vernaz n'a vendu que des pommes à cidre sur le marché régional de Bellac, selon son président.
`,
  });

  for (const [claim, index, lang] of [
    ['The documentary Salt Roads was not shortlisted in the major categories.', en, 'en'],
    ['The brewers of Dunmore did not cut their beer prices before the summer festival.', en, 'en'],
  ] as const) {
    it(`does not call "${claim}" the opposite of the source`, () => {
      assert.notEqual(checkClaim(claim, analyzeClaim(claim, lang, index.names), index).label, 'contradicted');
    });
  }
  it('does not call a French negation the opposite of « ne … que »', () => {
    const claim = "La coopérative de Vernaz n'a pas vendu de pommes de table sur le marché régional de Bellac.";
    assert.notEqual(checkClaim(claim, analyzeClaim(claim, 'fr', fr.names), fr).label, 'contradicted');
  });
});
