import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { formerExpectationValue } from '../../../server/src/core/claims/formerExpectation';
import type { Quantity } from '../../../server/src/core/text/quantities';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/** Invented articles that give a first, abandoned expectation of a date beside the fact's own date. */
const corpus = indexOf({
  'viaduc.md': `---
id: viaduc
title: L'affaire du viaduc de Morlanne
lang: fr
---

Le parquet de Morlanne a annoncé la fin de l'enquête sur l'effondrement du viaduc, ouvrant la voie à un procès, dont on pensait dans un premier temps qu'il pourrait se tenir fin 2025.
`,
  'foire.md': `---
id: foire
title: La foire de Lanvern
lang: fr
---

La foire de Lanvern a accueilli 3 000 visiteurs samedi, selon les organisateurs, qui prévoient une nouvelle édition en 2026.
`,
  'stadium.md': `---
id: stadium
title: Penrith stadium delayed
lang: en
---

The council approved the final plans for the Penrith stadium, which had been expected to open in 2024.
`,
});

const check = (text: string, lang: Lang) => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);
/** The span of `raw` in `text` as a value (only its offsets are read). */
const valueIn = (text: string, raw: string) => ({ start: text.indexOf(raw), end: text.indexOf(raw) + raw.length, raw }) as unknown as Quantity;

describe('former expectation: a value the passage gives as a first plan or a hypothesis', () => {
  it('does not contradict a date with the date first expected', () => {
    const v = check('Le procès du viaduc pourrait se tenir en 2027.', 'fr');
    assert.notEqual(v.label, 'contradicted');
  });

  it('does not contradict a year with the year a stadium had been expected to open', () => {
    const v = check('The Penrith stadium will open in 2026.', 'en');
    assert.notEqual(v.label, 'contradicted');
  });

  it('reads the markers only in the value’s own clause, before it', () => {
    const fr = 'Initialement prévu le 5 mars, le concert aura lieu le 10 mai.';
    assert.equal(formerExpectationValue(fr, 'fr', valueIn(fr, '5 mars')), true);
    assert.equal(formerExpectationValue(fr, 'fr', valueIn(fr, '10 mai')), false);
    const en = 'The vote, originally due in 2020, will now be held in 2021.';
    assert.equal(formerExpectationValue(en, 'en', valueIn(en, '2020')), true);
    assert.equal(formerExpectationValue(en, 'en', valueIn(en, '2021')), false);
    const stated = 'Le concert a eu lieu en 2021, comme prévu initialement.';
    assert.equal(formerExpectationValue(stated, 'fr', valueIn(stated, '2021')), false);
  });
});
