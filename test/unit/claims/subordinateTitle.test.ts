import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { compatibleHeads, roleMentions, sameHead } from '../../../server/src/core/claims/roles';
import { hasSubordinate, splitSubordinate, titleAfterSubordinate } from '../../../server/src/core/claims/subordinateTitle';
import { indexOf } from './helpers';

const read = (text: string, lang: 'fr' | 'en' = 'en') => roleMentions(text, lang).map((m) => [m.name.text, m.head.text, m.complement?.text]);

/** An invented club article: a chairman and a vice-chairman, each named with the title. */
const en = indexOf({
  'rovers.md': `---
id: rovers
title: Kestrel Rovers keep their manager
lang: en
---

Kestrel Rovers have handed manager Paul Grant a new three-year contract.

Chairman Oliver Brent said the board was thrilled that Grant had agreed to stay at the club.

Vice-chairman Tom Price said the new stadium would open in August.
`,
});
const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

describe('subordinate titles (vice-chairman, deputy leader, « sous-préfet »)', () => {
  it('reads a title with a subordinate word glued or apart as one head, not a rank nor the body', () => {
    assert.deepEqual(read('Kestrel vice-chairman Ann Lowe said'), [['Ann Lowe', 'vice-chairman', 'Kestrel']]);
    assert.deepEqual(read('Vice-chairman Ann Lowe said'), [['Ann Lowe', 'Vice-chairman', undefined]]);
    assert.deepEqual(read('Labour deputy leader Ann Lowe said'), [['Ann Lowe', 'deputy leader', 'Labour']]);
    assert.deepEqual(read('le sous-préfet de Morlaix, Paul Girard, a dit', 'fr'), [['Paul Girard', 'sous-préfet', 'de Morlaix']]);
  });

  it('makes a subordinate title another role than the title without it, whichever way it is written', () => {
    const [vice] = roleMentions('Kestrel vice-chairman Ann Lowe said', 'en');
    const [spaced] = roleMentions('Kestrel vice chairman Ann Lowe said', 'en');
    const [chair] = roleMentions('Kestrel chairman Ann Lowe said', 'en');
    assert.ok(sameHead(vice, spaced));
    assert.ok(!sameHead(vice, chair));
    const [deputy] = roleMentions('Labour deputy leader Ann Lowe said', 'en');
    const [leader] = roleMentions('Labour leader Ann Lowe said', 'en');
    // "Leader" stands loosely for any leading title, not for a lower office.
    assert.ok(!compatibleHeads(deputy, leader));
    assert.ok(!compatibleHeads(leader, deputy));
  });

  it('splits and recognises a glued subordinate word', () => {
    assert.equal(titleAfterSubordinate('vice-presidente', (x) => x === 'presidente'), 'presidente');
    assert.equal(titleAfterSubordinate('vice-versa', (x) => x === 'presidente'), undefined);
    assert.deepEqual(splitSubordinate(['vice-chairman']), ['vice', 'chairman']);
    assert.ok(hasSubordinate(['deputy', 'leader']));
    assert.ok(!hasSubordinate(['chief', 'executive']));
  });

  it('does not call supported a claim that gives the chairman the vice-chairman’s title', () => {
    assert.notEqual(check('Kestrel Rovers vice-chairman Oliver Brent said the board was thrilled that Grant had agreed to stay.').label, 'supported');
    assert.equal(check('Kestrel Rovers chairman Oliver Brent said the board was thrilled that Grant had agreed to stay.').label, 'supported');
    assert.notEqual(check('Kestrel Rovers vice chairman Tom Price said the new stadium would open in August.').label, 'contradicted');
  });
});

describe('a deputy leader is not the campaign coordinator', () => {
  const party = indexOf({
    'party.md': `---
id: party
title: Norland Labour's campaign
lang: en
---

Campaign coordinator Ann Lowe accused the Greens of "selling the coast in instalments".
`,
  });
  it('does not call supported a claim that gives the coordinator a deputy leader’s title', () => {
    const claim = 'Norland Labour\'s deputy leader Ann Lowe accused the Greens of "selling the coast in instalments".';
    assert.notEqual(checkClaim(claim, analyzeClaim(claim, 'en', party.names), party).label, 'supported');
  });
});
