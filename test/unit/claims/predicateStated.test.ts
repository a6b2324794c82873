import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { statesOneNameOnly } from '../../../server/src/core/claims/predicateStated';
import { indexOf } from './helpers';

describe('a claim without figures is not stated by its names alone', () => {
  const fr = indexOf({
    'port.md': `---
id: port
title: Incendie au port de Lorient
lang: fr
---

Selon le directeur du SMPL de Loire-Océan, "nous ne sommes pas dans un scénario à la Saint-Nazaire", quand bien même les images impressionnent.

Le directeur du port de Lorient a fermé les quais pour la nuit.
`,
  });
  const en = indexOf({
    'union.md': `---
id: union
title: Union anger at pension plans
lang: en
---

But general secretary of the Northfield workers union Dave Roe criticised the plans on Monday.

"We never looked like losing," said Anna Kovacs of Harbour Athletic after the game against Kelby Rovers.
`,
  });
  const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);
  const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

  it('does not support a claim by a passage that writes its names and none of its other words', () => {
    assert.notEqual(checkFr('Le directeur du SMPL de Loire-Océan a jugé la situation comparable à celle de Saint-Nazaire.').label, 'supported');
    assert.notEqual(checkEn('Anna Kovacs blamed Kelby Rovers for the Harbour Athletic defeat.').label, 'supported');
  });

  it('still supports a claim whose other words the passage writes', () => {
    assert.equal(checkFr('Le directeur du port de Lorient a fermé les quais pour la nuit.').label, 'supported');
    assert.equal(checkEn('Dave Roe criticised the plans on Monday.').label, 'supported');
  });
});

describe('across languages, a claim without figures is not stated by one name alone', () => {
  const words = analyzeClaim("Britain's biggest brewery refunded its customers.", 'en', indexOf({}).names).words;
  const stated = (...texts: string[]) => (w: { text: string }) => texts.includes(w.text);

  it('reads a passage that states one claim name and at most one of three other words as no support', () => {
    assert.equal(statesOneNameOnly(words, stated('Britain', 'biggest')), true);
    assert.equal(statesOneNameOnly(words, stated('Britain')), true);
  });

  it('leaves a passage that states two of the other words, or two names, to the coverage', () => {
    assert.equal(statesOneNameOnly(words, stated('Britain', 'brewery', 'refunded')), false);
    const named = analyzeClaim('Anna Kovacs of Brightplay refunded its customers.', 'en', indexOf({}).names).words;
    assert.equal(statesOneNameOnly(named, stated('Kovacs', 'Brightplay')), false);
  });
});
