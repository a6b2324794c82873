import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { ferriesCorpus, indexOf } from './helpers';

describe('a direction word belongs to its own clause and subject', () => {
  const en = indexOf({
    'lumber.md': `---
id: lumber
title: Lumber trade in Norland
lang: en
---

Timber prices fell below $200 earlier this year for the first time in a decade while lumber shipments are up 25% this year.
`,
  });
  const fr = indexOf({
    'bois.md': `---
id: bois
title: Le commerce du bois en Norlande
lang: fr
---

Le prix du bois a chuté sous les 200 euros plus tôt cette année alors que les livraisons de planches ont augmenté de 25 % cette année.
`,
  });
  const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);
  const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

  it('does not contradict a rise with the fall of another clause', () => {
    assert.notEqual(checkEn('Lumber shipments have risen by 25% this year.').label, 'contradicted');
    assert.notEqual(checkEn('Lumber shipments increased by 25% this year.').label, 'contradicted');
  });

  it('does not support a fall with the fall of another clause', () => {
    assert.notEqual(checkEn('Lumber shipments fell 25% this year.').label, 'supported');
    assert.notEqual(checkFr('Les livraisons de planches ont chuté de 25 % cette année.').label, 'supported');
  });

  it('still contradicts a fall said of the subject in its own clause', () => {
    assert.equal(checkEn('Timber prices rose below $200 earlier this year.').label, 'contradicted');
  });
});

describe('a level reached the other way', () => {
  const en = indexOf(ferriesCorpus);
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

  it('is not supported by the level reached by a rise', () => {
    assert.notEqual(check('Ferry revenues from crossings will fall to $4bn in three years.').label, 'supported');
    assert.equal(check('Ferry revenues from crossings will rise to $4bn in three years.').label, 'supported');
  });
});

describe('a change said the other way with the same figure', () => {
  const en = indexOf({
    'lumber.md': `---
id: lumber
title: Lumber trade in Norland
lang: en
---

Timber prices fell below $200 earlier this year for the first time in a decade while lumber shipments are up 25% this year.
`,
  });
  const fr = indexOf({
    'laine.md': `---
id: laine
title: La laine de Norlande
lang: fr
---

Les ventes de laine de Norlande sont en hausse de 12 % en 2021, selon l'office.
`,
  });
  const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);
  const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

  it('contradicts a fall where the passage says the same figure went up, whatever the verb of the fall', () => {
    // "up" is no term of the passage, and its "fell" is the prices': the claim's verb is stated by the passage's "up" the other way.
    for (const claim of ['Lumber shipments are down 25% this year.', 'Lumber shipments decreased by 25% this year.', 'Lumber shipments dropped 25% this year.', 'Lumber shipments fell 25% this year.']) {
      const verdict = checkEn(claim);
      assert.equal(verdict.label, 'contradicted', claim);
      // The figure is right: no fix of it.
      assert.notEqual(verdict.conflict?.kind, 'quantity', claim);
    }
    assert.equal(checkEn('Lumber shipments rose 25% this year.').label, 'supported');
  });

  it('contradicts « en baisse » where the passage says « en hausse » of the same figure (one opposition, not two that cancel out)', () => {
    assert.equal(checkFr('Les ventes de laine de Norlande sont en baisse de 12 % en 2021.').label, 'contradicted');
    assert.equal(checkFr('Les ventes de laine de Norlande ont augmenté de 12 % en 2021.').label, 'supported');
    assert.notEqual(checkFr('Les ventes de laine de Norlande sont en baisse de 15 % en 2021.').label, 'contradicted');
  });
});
