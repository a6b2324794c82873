import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { disjointBounds, oppositeBounds } from '../../../server/src/core/claims/measures';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

/** Invented articles whose counts are told by the words around them: a rank, a noun before, a part of a set. */
const corpus = indexOf({
  'open.md': `---
id: open
title: Verlaine stuns the fourth seed
lang: en
---

Tomas Verlaine, ranked 212 in the world, beat the fourth seed in straight sets on Tuesday.

Verlaine won 48 points on his serve in the match.
`,
  'seat.md': `---
id: seat
title: Porter targets Dunmore
lang: en
---

Labour's Anne Porter won the seat of Dunmore in 2001 and has a 4,512 majority.
`,
  'heurts.md': `---
id: heurts
title: Heurts à Valmont après la fermeture de l'usine
lang: fr
---

Des manifestants ont lancé des pierres sur les gendarmes mobiles, en blessant trois d'entre eux, selon la préfecture de Valmont.
`,
});

const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

describe('counts measured by the words around them', () => {
  it('contradicts a rank with another rank after the same word ("ranked 221" and "ranked 212")', () => {
    const v = check('Tomas Verlaine was ranked 221 in the world.', 'en');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 212);
  });

  it('compares no bare number after another word ("served 221 points" is not a rank)', () => {
    assert.notEqual(check('Tomas Verlaine served 221 aces in the world.', 'en').label, 'contradicted');
  });

  it('contradicts a count whose noun is written before it ("a majority of 5,412" and "a 4,512 majority")', () => {
    const v = check('Anne Porter won the seat of Dunmore in 2001 and has a majority of 5,412.', 'en');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 4512);
  });

  it('contradicts a count against a part of a set named before with the same verb (« en blessant trois d’entre eux »)', () => {
    const v = check('Selon la préfecture, les pierres des manifestants ont blessé huit gendarmes mobiles.', 'fr');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 3);
  });

  it('compares no part of a set with a count of another noun, or after another verb', () => {
    assert.notEqual(check('Selon la préfecture, les pierres des manifestants ont blessé huit passants.', 'fr').label, 'contradicted');
    assert.notEqual(check('Selon la préfecture, les manifestants ont encerclé huit gendarmes mobiles.', 'fr').label, 'contradicted');
  });
});

describe('bounds the other way round', () => {
  const notice = indexOf({
    'notice.md': `---
id: notice
title: La notice du Dormex
lang: fr
---

Selon sa notice, la prise de Dormex est déconseillée moins de 8 heures avant la conduite d'un véhicule.
`,
  });
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', notice.names), notice);

  it('reads no value both allow in « plus de 8 heures » and « moins de 8 heures », and one in « au moins » and « au plus »', () => {
    const [more] = parseQuantities('plus de 8 heures', 'fr');
    const [less] = parseQuantities('moins de 8 heures', 'fr');
    const [atLeast] = parseQuantities('au moins 8 heures', 'fr');
    const [atMost] = parseQuantities('au plus 8 heures', 'fr');
    assert.equal(disjointBounds(more, less), true);
    assert.equal(disjointBounds(atLeast, atMost), false);
    assert.equal(oppositeBounds(atLeast, atMost), true);
    assert.equal(disjointBounds(more, more), false);
  });

  it('contradicts a bound the other way round, fixed with the source’s bound, and supports the same bound', () => {
    const v = check('Selon sa notice, la prise de Dormex est déconseillée plus de 8 heures avant la conduite d’un véhicule.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.approx, 'less-than');
    assert.equal(check('Selon sa notice, la prise de Dormex est déconseillée moins de 8 heures avant la conduite d’un véhicule.').label, 'supported');
    const draft = 'Selon sa notice, la prise de Dormex est déconseillée plus de 8 heures avant la conduite d’un véhicule.\n';
    const [finding] = findingsOf(checkDraft(parseMarkdown(draft), notice, { language: 'auto' })!, notice);
    assert.equal(finding.code, 'contradicted-claim');
    assert.deepEqual(
      finding.fixes.map((f) => `${draft.slice(f.span.start, f.span.end)} → ${f.newText}`),
      ['plus de 8 → moins de 8'],
    );
  });
});
