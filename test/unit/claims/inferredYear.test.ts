import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { parseDates } from '../../../server/src/core/text/dates';
import { inferredYearAgainstWritten } from '../../../server/src/core/claims/inferredYear';
import { indexOf } from './helpers';

/** An article that dates its event by a weekday and a day (« lundi 16 mars »): its year is the article's, inferred. */
const index = indexOf({
  'recours.md': `---
id: recours
title: "Fusion de Vaurenne : un recours"
lang: fr
date: 2015-03-12
---

Les avocats de la commune de Vaurenne vont déposer, lundi 16 mars, un recours devant la cour administrative d'appel de Lyon contre la fusion.
`,
});
const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index);

describe('a passage date whose year is inferred from its article', () => {
  it('is no value against a claim date that writes another year', () => {
    const verdict = check('Le 12 février 2019, la cour administrative d\'appel de Lyon a rejeté le recours de la commune de Vaurenne contre la fusion.');
    assert.notEqual(verdict.label, 'contradicted');
  });

  it('is told apart from a year the passage writes or places (« dernier »), or the same year', () => {
    const [claim] = parseDates('le 12 février 2019', 'fr');
    const inferred = { ...parseDates('lundi 16 mars', 'fr')[0] };
    inferred.date = { ...inferred.date!, year: 2015 };
    const text = 'Ils vont déposer, lundi 16 mars, un recours.';
    assert.equal(inferredYearAgainstWritten(claim, inferred, text), true);
    assert.equal(inferredYearAgainstWritten(claim, parseDates('le 16 mars 2015', 'fr')[0], 'Le 16 mars 2015, un recours.'), false);
    assert.equal(inferredYearAgainstWritten(parseDates('le 12 février 2015', 'fr')[0], inferred, text), false);
    assert.equal(inferredYearAgainstWritten(parseDates('le 12 février', 'fr')[0], inferred, text), false);
    // « dernier » places the day in the last year before the article's date: the passage says its year.
    const placed = { ...inferred, start: 3, end: 10 };
    assert.equal(inferredYearAgainstWritten(claim, placed, 'le 16 mars dernier, un recours.'), false);
  });
});
