import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { changeWay } from '../../../server/src/core/claims/changeAlignment';
import { writtenAsChange } from '../../../server/src/core/claims/directionClause';
import { indexOf } from './helpers';

// Invented articles: changes told with other words of change than the claims below use.
const index = indexOf({
  'harbour.md': `---
id: harbour
title: Port of Kelmouth traffic
lang: en
---

The port of Kelmouth handled more ships in March. Container traffic rose by 4.2%, while bulk traffic increased by only 0.8%.

The Kelmouth ferry line has climbed to 14th in the national punctuality table - a leap of 9 places since January.
`,
});
const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', index.names), index);
const at = (text: string, figure: string) => text.indexOf(figure);

describe('two changes the same way in other words of change', () => {
  it('reads which way a figure is written as changing, through a focus adverb or after a noun of change', () => {
    const a = 'bulk traffic increased by only 0.8%';
    assert.equal(changeWay(a, at(a, '0.8')), 'up');
    assert.equal(writtenAsChange(a, at(a, '0.8')), true);
    const b = 'a leap of 9 places since January';
    assert.equal(changeWay(b, at(b, '9')), 'up');
    const c = 'le trafic a reculé de seulement 2 %';
    assert.equal(changeWay(c, at(c, '2 %')), 'down');
    const d = 'the ferry line reached 14th place';
    assert.equal(changeWay(d, at(d, '14')), undefined);
  });

  it('contradicts a change whose source states the same change with another word of change', () => {
    assert.equal(check('In March container traffic rose by 4.2% while bulk traffic grew by 1.8%.').label, 'contradicted');
    assert.equal(check('The Kelmouth ferry line rose 19 places to 14th in the national punctuality table.').label, 'contradicted');
  });

  it('leaves the right figures alone, and a change of another thing', () => {
    assert.notEqual(check('In March container traffic rose by 4.2% while bulk traffic grew by 0.8%.').label, 'contradicted');
    // The container traffic's change is not the passenger traffic's.
    assert.notEqual(check('In March passenger traffic at Kelmouth grew by 1.8%.').label, 'contradicted');
  });
});
