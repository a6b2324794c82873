import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

const en = indexOf({
  'league.md': `---
id: league
title: Harbour Athletic lose at home
lang: en
date: 2022-10-02
---

Harbour Athletic lost 2-0 at home to Kelby Rovers on Saturday, and Anna Kovacs was left on the bench.

Marta Lind, who was angry to be dropped from the starting side, hinted at further protests after the defeat.

Coach Anna Kovacs praised the travelling supporters.
`,
  'tax.md': `---
id: tax
title: Harbour tax row
lang: en
date: 2022-10-05
---

Peter Vance, the harbour board chairman, called for calm on Tuesday.

Mr Holt said in a newspaper column that the harbour tax needed a thorough review before the spring.

A board member said the harbour tax would be debated in March.
`,
  'court.md': `---
id: court
title: Appeal court ruling on the port law
lang: en
date: 2022-10-07
---

Ellen Ward and four other judges heard the appeal against the port law.

But Omar Reyes of Kelby, the one judge to oppose the ruling, said the law contained clear limits on inspections.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

describe('another name in the slot of the claim’s opening subject', () => {
  it('does not support a claim by a sentence that gives its predicate to another named person, its name told only around', () => {
    assert.notEqual(check('Anna Kovacs, who was angry to be dropped from the starting side, hinted at further protests after the defeat.').label, 'supported');
    assert.notEqual(check('Peter Vance wrote in a newspaper column that the harbour tax needed a thorough review before the spring.').label, 'supported');
  });

  it('reads the other name back over its apposition between commas', () => {
    assert.notEqual(check('Ellen Ward, the only judge to oppose the ruling, said the law contained clear limits on inspections.').label, 'supported');
  });

  it('still supports the claim of the name the sentence writes, and a claim whose slot holds a description', () => {
    assert.equal(check('Marta Lind, who was angry to be dropped from the starting side, hinted at further protests after the defeat.').label, 'supported');
    assert.equal(check('Mr Holt wrote in a newspaper column that the harbour tax needed a thorough review before the spring.').label, 'supported');
    assert.equal(check('Omar Reyes, the only judge to oppose the ruling, said the law contained clear limits on inspections.').label, 'supported');
    assert.equal(check('Peter Vance said the harbour tax would be debated in March.').label, 'supported');
  });
});
