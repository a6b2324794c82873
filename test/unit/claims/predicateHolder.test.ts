import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { personStatingPredicate } from '../../../server/src/core/claims/predicateHolder';
import { indexOf } from './helpers';

describe('a wrong title beside the person who did the claim’s thing', () => {
  const corpus = indexOf({
    'port.md': `---
id: port
title: Le port de Saint-Aurel
lang: fr
---

La ministre des Transports Odile Ferrand a annoncé lundi que les quais du port de Saint-Aurel seraient rouverts en juin. Le directeur du port de Saint-Aurel, Marc Vidal, n'a pas souhaité commenter.
`,
    'harbour.md': `---
id: harbour
title: Rates in Kestwick
lang: en
---

Finance Minister Helen Marsh said on Monday that interest rates would stay low this year. The governor of the central bank, Owen Pryce, declined to comment.
`,
  });
  const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

  it('fixes the title, never writes the other holder of the claim’s title', () => {
    const fr = check('Odile Ferrand, le directeur du port de Saint-Aurel, a annoncé que les quais du port seraient rouverts en juin.', 'fr');
    assert.equal(fr.label, 'contradicted');
    assert.notEqual(fr.conflict?.sourceName, 'Marc Vidal');
    if (fr.conflict?.sourceName) assert.equal(fr.conflict.sourceName, 'ministre des Transports');
    // The passage's capitalised "Finance Minister" is no title the role reader knows: the conflict stands, with no fix.
    const en = check('Helen Marsh, the governor of the central bank, said interest rates would stay low this year.', 'en');
    assert.equal(en.label, 'contradicted');
    assert.equal(en.conflict?.sourceName, undefined);
  });

  it('keeps the person fix when no passage states the claim’s predicate with the claim’s person', () => {
    const pick = personStatingPredicate(['a', 'b'], 3, (s) => s === 'a', (s) => (s === 'a' ? 2 : 5), 5);
    assert.equal(pick, undefined);
    assert.equal(personStatingPredicate(['a', 'b'], 3, (s) => s === 'a', () => 4, 5), 'a');
  });
});
