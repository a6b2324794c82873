import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { figureOfAnotherTime } from '../../../server/src/core/claims/timePairedValues';
import { parseDates } from '../../../server/src/core/text/dates';
import { parseQuantities, sameQuantity, withDates } from '../../../server/src/core/text/quantities';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/** Invented articles: a measure told year by year, and an index told month by month. */
const corpus = indexOf({
  'ponts.md': `---
id: ponts
title: Les ponts fermés de la vallée
lang: fr
---

Le département de la Sarthe a fermé 12 ponts en 2019, 21 en 2020 et 17 en 2021 pour des travaux de sécurité.
`,
  'confidence.md': `---
id: confidence
title: Builders' confidence slips
lang: en
---

The Harlow builders' confidence index dropped to 81.3 in early March from 86.9 in February, the survey showed.
`,
});

const check = (text: string, lang: Lang) => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);
const quantities = (text: string, lang: Lang) => withDates(parseQuantities(text, lang), parseDates(text, lang));
/** The passage's figure of the claim's time, when the passage ties the claim's figure to another time. */
const paired = (claim: string, passage: string, lang: Lang) => figureOfAnotherTime(claim, quantities(claim, lang), passage, quantities(passage, lang), sameQuantity)?.source.value;

describe('figures told time by time', () => {
  it('reads a claim figure dated by another time in a list of values by year', () => {
    const passage = 'Le département de la Sarthe a fermé 12 ponts en 2019, 21 en 2020 et 17 en 2021 pour des travaux de sécurité.';
    assert.equal(paired('En 2020, la Sarthe a fermé 17 ponts.', passage, 'fr'), 21);
    assert.equal(paired('La Sarthe a fermé 17 ponts en 2020.', passage, 'fr'), 21);
    // The figure with its own year, or a year the passage writes with no figure: nothing against it.
    assert.equal(paired('La Sarthe a fermé 17 ponts en 2021.', passage, 'fr'), undefined);
    assert.equal(paired('La Sarthe a fermé 17 ponts en 2024.', passage, 'fr'), undefined);
  });

  it('reads months written alone after a figure', () => {
    const passage = 'The Harlow builders’ confidence index dropped to 81.3 in early March from 86.9 in February, the survey showed.';
    assert.equal(paired('The Harlow index dropped to 86.9 in early March.', passage, 'en'), 81.3);
    assert.equal(paired('The Harlow index dropped to 81.3 in early March.', passage, 'en'), undefined);
    assert.equal(paired('The Harlow index stood at 86.9 in February.', passage, 'en'), undefined);
  });

  it('leaves a passage that dates its figures otherwise alone', () => {
    // The year is not written right after the figure: the passage ties neither to the other.
    assert.equal(paired('En 2020, la Sarthe a fermé 17 ponts.', 'La Sarthe a fermé 17 ponts, contre 21 ponts fermés un an plus tôt, en 2020.', 'fr'), undefined);
  });

  it('contradicts a claim that gives a figure another time of the same list, with the figure of its time', () => {
    const v = check('En 2020, le département de la Sarthe a fermé 17 ponts pour des travaux de sécurité.', 'fr');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 21);
    assert.equal(check('En 2021, le département de la Sarthe a fermé 17 ponts pour des travaux de sécurité.', 'fr').label, 'supported');
    assert.equal(check("The Harlow builders' confidence index dropped to 86.9 in early March.", 'en').conflict?.sourceQuantity?.value, 81.3);
    assert.equal(check("The Harlow builders' confidence index dropped to 81.3 in early March.", 'en').label, 'supported');
  });
});
