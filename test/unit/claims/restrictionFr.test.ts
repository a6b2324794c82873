import assert from 'node:assert/strict';
import { analyzeClaim, isNegated } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

describe('« ne … plus … que » and « ne … que » with words between: a restriction, not a negation', () => {
  it('reads « n’était plus, un aside, qu’un … » and « ne … plus <complement> que » as not negated', () => {
    assert.equal(isNegated("La vieille grange n'était plus, dès le jeudi matin, qu'une carcasse noircie.", 'fr'), false);
    assert.equal(isNegated("Le verger ne comptait plus depuis l'hiver que trois pommiers.", 'fr'), false);
    assert.equal(isNegated("La grange n'était, selon le fermier, qu'une carcasse noircie.", 'fr'), false);
    // A time adverbial opened by a determiner, without commas.
    assert.equal(isNegated("Les deux granges n'étaient plus le jeudi matin qu'un tas de cendres.", 'fr'), false);
  });

  it('still reads « ne … plus » as a negation where the « que » opens another clause, compares, or follows the object', () => {
    assert.equal(isNegated('Le fermier ne travaille plus depuis que la grange a brûlé.', 'fr'), true);
    assert.equal(isNegated('Le fermier ne travaille plus, tandis que son voisin continue.', 'fr'), true);
    assert.equal(isNegated("Les pommiers ne sont plus aussi nombreux que l'an passé.", 'fr'), true);
    assert.equal(isNegated('Le fermier ne croit plus les promesses que la mairie lui fait.', 'fr'), true);
    assert.equal(isNegated('Le fermier ne vend plus, a précisé son fils qui pense que la crise durera.', 'fr'), true);
  });

  const fr = indexOf({
    'grange.md': `---
id: grange
title: Incendie à Vernoux
lang: fr
---

La grange de la famille Morlan était réduite jeudi matin à une carcasse noircie, après un incendie parti de la cuisine.
`,
  });
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

  it('does not call the restriction the opposite of the passage that says the same fact without it', () => {
    assert.notEqual(check("La grange de la famille Morlan n'était plus, jeudi matin, qu'une carcasse noircie.").label, 'contradicted');
  });
});
