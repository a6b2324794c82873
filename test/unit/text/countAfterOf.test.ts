import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from '../claims/helpers';

/** Invented articles: a poll of 2,000 adults beside another poll taken in 1999. */
const corpus = indexOf({
  'sondage.md': `---
id: sondage
title: Les habitants de Valdrune veulent un tramway
lang: fr
---

Deux habitants sur trois veulent un tramway contre un sur trois en 1999, selon un sondage de l'institut Orvane auprès de 2 000 adultes de Valdrune. L'institut Orvane a mené les deux sondages. En mai 1999, il avait interrogé 640 adultes sur le tramway pour La Gazette de Valdrune.
`,
  'poll.md': `---
id: poll
title: Valdrune residents want a tram
lang: en
---

Two in three residents want a tram compared with one in three in 1999, the Orvane poll of 2,000 adults in Valdrune suggests. Orvane carried out both polls. In May 1999 it asked 640 adults whether they wanted a tram for the Valdrune Gazette.
`,
});

const check = (text: string, lang: Lang) => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);
const kinds = (text: string, lang: Lang) => parseQuantities(text, lang).map((q) => `${q.kind}:${q.value}`);

describe('a four-digit count after « de » / "of" is not a year', () => {
  it('reads « de 1900 adultes », « des 2000 salariés », "of 1900 adults" as counts', () => {
    assert.deepEqual(kinds('Un sondage auprès de 1900 adultes.', 'fr'), ['number:1900']);
    assert.deepEqual(kinds('La direction des 2000 salariés a répondu.', 'fr'), ['number:2000']);
    assert.deepEqual(kinds('The poll of 1900 adults was taken online.', 'en'), ['number:1900']);
  });

  it('keeps years after time words and years before a verb', () => {
    assert.deepEqual(kinds('Les accords de 2015 sur le climat.', 'fr'), ['year:2015']);
    assert.deepEqual(kinds('Les chiffres de 2019 montrent une hausse.', 'fr'), ['year:2019']);
    assert.deepEqual(kinds('Emissions fell back to 1990 levels.', 'en'), ['year:1990']);
    assert.deepEqual(kinds('The floods of 2000 destroyed the bridge.', 'en'), ['year:2000']);
  });

  it('supports a count written without its thousands separator, not checked as a year against the source\'s', () => {
    assert.equal(check("Deux habitants sur trois veulent un tramway contre un sur trois en 1999, selon un sondage de l'institut Orvane auprès de 2000 adultes de Valdrune.", 'fr').label, 'supported');
    assert.equal(check('Two in three residents want a tram compared with one in three in 1999, the Orvane poll of 2000 adults in Valdrune suggests.', 'en').label, 'supported');
  });
});
