import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { countOtherwise, isPresupposedCount } from '../../../server/src/core/claims/presupposedCounts';
import { parseQuantities, sameQuantity } from '../../../server/src/core/text/quantities';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/** An invented article: a count of one set, told with the words that say which set. */
const corpus = indexOf({
  'digue.md': `---
id: digue
title: La digue de Port-Sablon
lang: fr
---

Le bureau d'études Marelle a remis sept rapports sur la digue de Port-Sablon au conseil municipal en mars.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', corpus.names), corpus);
const otherwise = (claim: string, passage: string, lang: Lang) => countOtherwise(claim, parseQuantities(claim, lang), passage, parseQuantities(passage, lang), sameQuantity);

describe('counts a claim presupposes', () => {
  it('reads a small count after a definite determiner or a possessive as presupposed', () => {
    const [q] = parseQuantities('Marelle a remis les cinq rapports sur la digue.', 'fr');
    assert.equal(isPresupposedCount('Marelle a remis les cinq rapports sur la digue.', q), true);
    const [r] = parseQuantities('Marelle a remis cinq rapports sur la digue.', 'fr');
    assert.equal(isPresupposedCount('Marelle a remis cinq rapports sur la digue.', r), false);
  });

  it('finds the passage’s other count of the same noun, with a value to fix only for the same set', () => {
    const passage = "Le bureau d'études Marelle a remis sept rapports sur la digue de Port-Sablon au conseil municipal en mars.";
    assert.equal(otherwise('Marelle a remis les cinq rapports sur la digue.', passage, 'fr')?.source?.value, 7);
    // Another set of reports (« de l'État »): the count is not stated, and no value is the claim's.
    const other = otherwise("Marelle a remis ses cinq rapports de l'État.", passage, 'fr');
    assert.ok(other && other.source === undefined);
    assert.equal(otherwise('Marelle a remis les sept rapports sur la digue.', passage, 'fr'), undefined);
    assert.equal(otherwise('The two engineers said the dyke held.', 'Three engineers inspected the dyke.', 'en')?.source, undefined);
  });

  it('does not call supported a presupposed count the passage gives otherwise, and fixes it by the same set’s count', () => {
    const v = check("Le bureau d'études Marelle a remis les cinq rapports sur la digue de Port-Sablon au conseil municipal.");
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 7);
    assert.equal(check("Le bureau d'études Marelle a remis les sept rapports sur la digue de Port-Sablon au conseil municipal.").label, 'supported');
  });
});
