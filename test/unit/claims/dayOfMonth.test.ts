import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { writesMonth } from '../../../server/src/core/claims/monthNames';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/** An invented French story: a day written with its month, in full or with its weekday in an article's date. */
const corpus = indexOf({
  'proces.md': `---
id: proces
title: Procès de Marc Lenoir
lang: fr
date: 2019-06-19
---

Marc Lenoir a reconnu lundi 17 juin, lors d'une reconstitution à Vernoux, avoir incendié la grange.

Le tribunal de Vernoux a jugé Paul Vidal le 3 mai 2018 pour fraude.
`,
});

const check = (text: string, lang: Lang) => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus).label;

describe('a year dated by its month, stated by a day of that month', () => {
  it('is stated by a day of that month and year (« le 3 mai 2018 » for « en mai 2018 »)', () => {
    assert.equal(check('Le tribunal de Vernoux a jugé Paul Vidal en mai 2018 pour fraude.', 'fr'), 'supported');
    assert.equal(check('The Vernoux court tried Paul Vidal in May 2018 for fraud.', 'en'), 'supported');
  });

  it('is stated by a day the article dates by its weekday (« lundi 17 juin » in an article of June 2019), across languages', () => {
    assert.equal(check("Lors d'une reconstitution à Vernoux en juin 2019, Marc Lenoir a reconnu avoir incendié la grange.", 'fr'), 'supported');
    assert.equal(check('At a reconstruction in Vernoux in June 2019, Marc Lenoir admitted that he had set fire to the barn.', 'en'), 'supported');
  });

  it('is not stated by a day of another year or month', () => {
    assert.notEqual(check('Le tribunal de Vernoux a jugé Paul Vidal en mai 2017 pour fraude.', 'fr'), 'supported');
    assert.notEqual(check('The Vernoux court tried Paul Vidal in April 2018 for fraud.', 'en'), 'supported');
    assert.notEqual(check('At a reconstruction in Vernoux in June 2018, Marc Lenoir admitted that he had set fire to the barn.', 'en'), 'supported');
  });
});

describe('writesMonth', () => {
  it('finds the claim month in the passage language', () => {
    assert.equal(writesMonth('Il a reconnu lundi 17 juin avoir menti.', 'june', 'fr'), true);
    assert.equal(writesMonth('He admitted it on 17 June.', 'juin', 'en'), true);
  });

  it('takes no planet nor modal verb for a month', () => {
    assert.equal(writesMonth('La sonde se pose sur Mars.', 'march', 'fr'), false);
    assert.equal(writesMonth('May the court rule soon.', 'mai', 'en'), false);
    assert.equal(writesMonth('The court may rule soon.', 'mai', 'en'), false);
  });
});
