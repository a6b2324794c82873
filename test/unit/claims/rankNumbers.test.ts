import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { numberRanksOf } from '../../../server/src/core/claims/rankNumbers';
import { indexOf } from './helpers';

const en = indexOf({
  'chess.md': `---
id: chess
title: Chess open
lang: en
date: 2020-02-01
---

Tolvard, the former world number three, beat Kessler in the quarter-finals of the Brenmouth Open.
`,
});
const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

const fr = indexOf({
  'tennis.md': `---
id: tennis
title: Tournoi de Brenmouth
lang: fr
date: 2020-02-01
---

L'ancienne numéro deux mondiale Lina Tolvard a battu Mia Kessler en quart de finale du tournoi de Brenmouth.
`,
});
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('numberRanksOf: ranks written as "number N"', () => {
  it('reads "number two", « numéro un », "No 1", not a capitalised "Number" of a name', () => {
    assert.deepEqual(numberRanksOf('the world number two', 'en').map((r) => [r.text, r.rank]), [['number two', 2]]);
    assert.deepEqual(numberRanksOf('le numéro un mondial', 'fr').map((r) => [r.text, r.rank]), [['numéro un', 1]]);
    assert.deepEqual(numberRanksOf("Britain's No 1", 'en').map((r) => r.rank), [1]);
    assert.deepEqual(numberRanksOf('He lives at Number Ten.', 'en'), []);
  });
});

describe('a rank written as a number is compared as ranks are', () => {
  it('contradicts another rank of the same slot, fixing the rank', () => {
    const claim = 'Tolvard, a former world number one, beat Kessler in the quarter-finals of the Brenmouth Open.';
    const verdict = checkEn(claim);
    assert.equal(verdict.label, 'contradicted');
    assert.equal(claim.slice(verdict.conflict!.claimStart, verdict.conflict!.claimEnd), 'number one');
    assert.equal(verdict.conflict?.sourceName, 'number three');
    assert.equal(checkFr("L'ancienne numéro un mondiale Lina Tolvard a battu Mia Kessler en quart de finale du tournoi de Brenmouth.").label, 'contradicted');
  });

  it('leaves the right rank alone', () => {
    assert.equal(checkEn('Tolvard, a former world number three, beat Kessler in the quarter-finals of the Brenmouth Open.').label, 'supported');
  });
});
