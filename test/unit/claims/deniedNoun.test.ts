import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { negationOnAnotherNoun } from '../../../server/src/core/claims/deniedNoun';
import { termsOf } from '../../../server/src/core/text/stem';
import { indexOf } from './helpers';

describe('a negative determiner denies its noun, not the claim', () => {
  const corpus = indexOf({
    'ferry.md': `---
id: ferry
title: Naufrage au large de Penmarc'h
lang: fr
---

Un ferry a sombré mardi au large de Penmarc'h. Il n'y a aucun survivant parmi les 212 passagers à bord du navire, a indiqué l'armateur.
`,
    'airship.md': `---
id: airship
title: Airship lost over the Cairngorms
lang: en
---

A sightseeing airship came down over the Cairngorms on Sunday. There were no survivors among the 38 people on board, the operator said.
`,
  });
  const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

  it('does not contradict the count of the group the denied noun is taken from', () => {
    assert.notEqual(check('Il y avait 212 passagers à bord du navire.', 'fr').label, 'contradicted');
    assert.notEqual(check('There were 38 people on board the airship.', 'en').label, 'contradicted');
  });

  it('still contradicts a claim of what the passage denies', () => {
    const terms = (text: string, lang: 'fr' | 'en') => new Set(termsOf(text, lang));
    assert.equal(negationOnAnotherNoun('There were no survivors among the 38 people on board.', 'en', terms('Several survivors were found among the 38 people on board.', 'en')), false);
    assert.equal(negationOnAnotherNoun("Il n'y a aucun survivant parmi les 212 passagers.", 'fr', terms('On compte plusieurs survivants parmi les 212 passagers.', 'fr')), false);
    // A negated verb, or a negative subject, may deny the claim's own predicate: not read here.
    assert.equal(negationOnAnotherNoun("Les 212 passagers n'étaient pas à bord.", 'fr', terms('Il y avait 212 passagers à bord.', 'fr')), false);
    assert.equal(negationOnAnotherNoun('Nobody was on board the 38-seat airship.', 'en', terms('There were 38 people on board.', 'en')), false);
    assert.equal(negationOnAnotherNoun('There were no survivors among the 38 people on board.', 'en', terms('There were 38 people on board.', 'en')), true);
    assert.equal(negationOnAnotherNoun("Il n'y a pas eu de survivant parmi les 212 passagers à bord.", 'fr', terms('Il y avait 212 passagers à bord.', 'fr')), true);
  });
});
