import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { opponentOf } from '../../../server/src/core/claims/otherMatchScore';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/** Invented articles: a history of a team that names its first win, over one side, and another side it played. */
const corpus = indexOf({
  'history.md': `---
id: history
title: A century of the Wanderers
lang: en
---

The Wanderers have thrashed many sides, including a crushing 17-0 win over Romania in 1922. The Wanderers first played Portugal in 1931.
`,
  'histoire.md': `---
id: histoire
title: Un siècle de Vagabonds
lang: fr
---

Les Vagabonds ont écrasé bien des équipes, dont la Roumanie, battue 17-0 en 1922. Les Vagabonds ont affronté le Portugal pour la première fois en 1931.
`,
});

const check = (text: string, lang: Lang) => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

describe('scores of another match', () => {
  it('reads the side a score is told against', () => {
    const side = (text: string, lang: Lang) => {
      const q = parseQuantities(text, lang).find((x) => x.unit === 'score');
      return q && [...(opponentOf(text, q) ?? [])];
    };
    assert.deepEqual(side('a crushing 17-0 win over Romania in Bucharest', 'en'), ['romania']);
    assert.deepEqual(side('The Wanderers thrashed Portugal 41-3.', 'en'), ['portugal']);
    assert.deepEqual(side('une victoire 17-0 contre la Roumanie', 'fr'), ['roumanie']);
    assert.deepEqual(side('The Wanderers won 41-3.', 'en'), []);
  });

  it('does not contradict a score with the score of a match against another side', () => {
    assert.notEqual(check('The Wanderers thrashed Portugal 41-3.', 'en').label, 'contradicted');
    assert.notEqual(check('The Wanderers thrashed Portugal 41-3.', 'en').conflict?.sourceQuantity?.raw, '17-0');
  });

  it('still contradicts a score against the same side', () => {
    const v = check('The Wanderers thrashed Romania 19-0.', 'en');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.raw, '17-0');
  });
});
