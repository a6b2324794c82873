import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

const en = indexOf({
  'open.md': `---
id: open
title: Harbour Open ends in defeat for the hosts
lang: en
date: 2021-06-14
---

The hosts lost the doubles final on Sunday after Paula Marsh dropped serve twice in the third set.

Nina Kole, who was angry to be left out of Saturday's singles, hinted at further trouble after the loss.

Paula Marsh said the crowd had been wonderful all week.
`,
});
const fr = indexOf({
  'conseil.md': `---
id: conseil
title: Le conseil municipal de Varennes adopte le projet de rocade
lang: fr
date: 2021-03-09
---

Le conseil municipal de Varennes a adopté lundi soir le projet de rocade par 27 voix contre une, après quatre heures de débat.

Paul Lemoine, le maire, a salué un vote historique pour la ville.

Mais Jean Varin, le seul élu à voter contre le projet, a dénoncé un passage en force de la majorité municipale.
`,
});

const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('another holder of a fact whose subject is described between commas', () => {
  it('contradicts the subject where a passage writes the same apposition and predicate with another name, and writes that name', () => {
    const v = checkEn("Paula Marsh, who was angry to be left out of Saturday's singles, hinted at further trouble after the loss.");
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceName, 'Nina Kole');
    const f = checkFr('Paul Lemoine, le seul élu à voter contre le projet, a dénoncé un passage en force de la majorité municipale.');
    assert.equal(f.label, 'contradicted');
    assert.equal(f.conflict?.sourceName, 'Jean Varin');
  });

  it('leaves alone the holder the source gives', () => {
    assert.notEqual(checkEn("Nina Kole, who was angry to be left out of Saturday's singles, hinted at further trouble after the loss.").label, 'contradicted');
    assert.notEqual(checkFr('Jean Varin, le seul élu à voter contre le projet, a dénoncé un passage en force de la majorité municipale.').label, 'contradicted');
  });

  it('does not compare a subject whose predicate the source states after another apposition only in part', () => {
    assert.notEqual(checkEn("Paula Marsh, who was angry to be left out of Saturday's singles, praised the crowd after the loss.").label, 'contradicted');
  });
});
