import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { figureChange } from '../../../server/src/core/claims/figureChange';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

const wayOf = (text: string, lang: 'fr' | 'en' = 'en') => figureChange(text, parseQuantities(text, lang).find((q) => q.kind === 'percent')!)?.way;

describe('figureChange: a change read from the words around its figure', () => {
  it('reads verbs, adverbs and nouns of change before or after the figure', () => {
    assert.equal(wayOf('Sales rose 6.2% last year.'), 'up');
    assert.equal(wayOf('Sales grew by 6.2% last year.'), 'up');
    assert.equal(wayOf('Sales were £4bn, up 6.2% on the year.'), 'up');
    assert.equal(wayOf('The firm reported a rise of 6.2% in sales.'), 'up');
    assert.equal(wayOf('The firm suffered a 3% fall in profits.'), 'down');
    assert.equal(wayOf('Le chiffre d’affaires est en hausse de 6,2 %.', 'fr'), 'up');
    assert.equal(wayOf('Le bénéfice a reculé de 3 %.', 'fr'), 'down');
  });

  it('reads no change for a level', () => {
    assert.equal(wayOf('Its market share is 6.2%.'), undefined);
  });
});

const en = indexOf({
  'toys.md': `---
id: toys
title: Toy retailer's year
lang: en
date: 2011-03-02
---

Plimco said that although like-for-like sales fell 1.1% in the financial year, total sales for the year were £5bn, up 7.4% from £4.6bn in 2010.

The Norwegian dairy Vestmo suffered a 4% fall in profits.
`,
});
const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

const fr = indexOf({
  'jouets.md': `---
id: jouets
title: L'année d'un fabricant de jouets
lang: fr
date: 2011-03-02
---

Bien que les ventes comparables de Plimco aient reculé de 1,1 % sur l'exercice, son chiffre d'affaires total atteint 5 milliards d'euros, en hausse de 7,4 %.
`,
});
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('a change compared by its direction, not by opposite words elsewhere in the passage', () => {
  it('does not call a rise said with a verb the opposite of the same rise said with "up"', () => {
    for (const claim of ["Plimco's sales grew by 7.4%.", "Plimco's sales climbed 7.4% to £5bn.", "Plimco's total sales rose 7.4%."]) {
      assert.notEqual(checkEn(claim).label, 'contradicted', claim);
    }
  });

  it('does not call a fall said with a verb the opposite of the same fall said with a noun', () => {
    assert.notEqual(checkEn("Vestmo's profits fell 4%.").label, 'contradicted');
  });

  it('still contradicts the change said the other way', () => {
    assert.equal(checkEn("Plimco's total sales fell 7.4%.").label, 'contradicted');
    assert.equal(checkEn("Vestmo's profits rose 4%.").label, 'contradicted');
  });

  it('reads French changes the same way', () => {
    assert.notEqual(checkFr("Le chiffre d'affaires total de Plimco a progressé de 7,4 %.").label, 'contradicted');
    assert.equal(checkFr("Le chiffre d'affaires total de Plimco a reculé de 7,4 %.").label, 'contradicted');
  });
});
