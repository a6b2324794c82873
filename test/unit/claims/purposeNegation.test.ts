import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { negationInPurposeClauseOnly } from '../../../server/src/core/claims/purposeNegation';
import { termsOf } from '../../../server/src/core/text/stem';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/** Invented articles whose sentence negates only a clause of purpose after the main verb. */
const corpus = indexOf({
  'mairie.md': `---
id: mairie
title: "Affaire des clés de Lanvern : la famille parle"
lang: fr
---

Dans une interview, les deux sœurs ont confirmé mercredi que cette affaire est liée à une rancune. Paul Kervella soupçonnait Marc Le Goff d'avoir caché les clés de la mairie pour ne pas les rendre à sa sœur, Anne Le Goff. Les enquêteurs n'en ont pas trouvé la trace.
`,
  'kelby.md': `---
id: kelby
title: Kelby Foods chairman quits
lang: en
---

Tom Hale sold his shares in Kelby Foods last week so as not to lose his seat on the board, the firm said.
`,
});

const check = (text: string, lang: Lang) => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);
const terms = (text: string, lang: Lang) => new Set(termsOf(text, lang));

describe('purpose negation: a negation inside a clause of purpose does not negate the main verb', () => {
  it('does not call the main predicate contradicted', () => {
    assert.notEqual(check("Paul Kervella soupçonnait Marc Le Goff d'avoir caché les clés de la mairie.", 'fr').label, 'contradicted');
    assert.notEqual(check('Tom Hale sold his shares in Kelby Foods last week.', 'en').label, 'contradicted');
  });

  it('reads the purpose clause’s negation as the passage’s when the claim states the purpose’s words', () => {
    const passage = "Marc Le Goff a caché les clés pour ne pas les rendre à sa sœur.";
    assert.equal(negationInPurposeClauseOnly(passage, 'fr', terms('Marc Le Goff a caché les clés', 'fr')), true);
    assert.equal(negationInPurposeClauseOnly(passage, 'fr', terms('Marc Le Goff a rendu les clés à sa sœur', 'fr')), false);
    assert.equal(negationInPurposeClauseOnly('Il ne viendra pas pour les voir.', 'fr', terms('Il viendra', 'fr')), false);
  });
});
