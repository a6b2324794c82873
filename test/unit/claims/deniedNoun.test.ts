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

  it('reads a negated verb as what is denied, not the group it is said of', () => {
    const crash = indexOf({
      'chalutier.md': `---
id: chalutier
title: Naufrage du chalutier de Loctudy
lang: fr
---

Un chalutier a chaviré jeudi au large de Loctudy. Aucun des 14 marins à bord du chalutier n'a survécu, selon la préfecture maritime.
`,
      'trawler.md': `---
id: trawler
title: Trawler lost off Brixham
lang: en
---

A trawler capsized off Brixham on Thursday. The 14 crew members on board the trawler did not survive, the coastguard said.
`,
      'ketch.md': `---
id: ketch
title: Ketch lost off Padstow
lang: en
---

A ketch sank off Padstow on Friday. No one among the 9 passengers on board the ketch survived, the harbour master said.
`,
    });
    const checkIn = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, crash.names), crash);
    assert.notEqual(checkIn('Il y avait 14 marins à bord du chalutier.', 'fr').label, 'contradicted');
    assert.notEqual(checkIn('There were 14 crew members on board the trawler.', 'en').label, 'contradicted');
    assert.notEqual(checkIn('There were 9 passengers on board the ketch.', 'en').label, 'contradicted');
    const terms = (text: string, lang: 'fr' | 'en') => new Set(termsOf(text, lang));
    // The claim says what the passage denies: the negation bears on it.
    assert.equal(negationOnAnotherNoun("Aucun des 14 marins n'a survécu.", 'fr', terms('Plusieurs marins ont survécu.', 'fr')), false);
    assert.equal(negationOnAnotherNoun('The 14 crew members did not survive.', 'en', terms('The 14 crew members survived.', 'en')), false);
    assert.equal(negationOnAnotherNoun("Les 14 marins n'ont pas survécu.", 'fr', terms('Il y avait 14 marins à bord.', 'fr')), true);
    assert.equal(negationOnAnotherNoun('No one among the 9 passengers on board survived.', 'en', terms('There were 9 passengers on board.', 'en')), true);
    assert.equal(negationOnAnotherNoun('Nobody was injured in the blaze.', 'en', terms('Two people were injured in the blaze.', 'en')), false);
  });

  it('still contradicts a claim of what the passage denies', () => {
    const terms = (text: string, lang: 'fr' | 'en') => new Set(termsOf(text, lang));
    assert.equal(negationOnAnotherNoun('There were no survivors among the 38 people on board.', 'en', terms('Several survivors were found among the 38 people on board.', 'en')), false);
    assert.equal(negationOnAnotherNoun("Il n'y a aucun survivant parmi les 212 passagers.", 'fr', terms('On compte plusieurs survivants parmi les 212 passagers.', 'fr')), false);
    // A negated copula with the claim's word, or a negative subject whose verb is not read, may deny the claim's own predicate.
    assert.equal(negationOnAnotherNoun("Les 212 passagers n'étaient pas à bord.", 'fr', terms('Il y avait 212 passagers à bord.', 'fr')), false);
    assert.equal(negationOnAnotherNoun('Nobody was on board the 38-seat airship.', 'en', terms('There were 38 people on board.', 'en')), false);
    assert.equal(negationOnAnotherNoun('There were no survivors among the 38 people on board.', 'en', terms('There were 38 people on board.', 'en')), true);
    assert.equal(negationOnAnotherNoun("Il n'y a pas eu de survivant parmi les 212 passagers à bord.", 'fr', terms('Il y avait 212 passagers à bord.', 'fr')), true);
  });
});
