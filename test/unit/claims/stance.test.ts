import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { stanceOf, statesStance } from '../../../server/src/core/claims/stance';
import { indexOf } from './helpers';

/** Invented articles where clubs, unions and councils take a decision one way or the other. */
const en = indexOf({
  'ferry.md': `---
id: ferry
title: Island council cuts the winter ferry
lang: en
---

The island council voted to cut the winter ferry service to two crossings a week.

The Harbour Traders say they are happy to back the council's budget, but the Fishermen's Union has expressed disappointment at losing the Tuesday crossing.

The Chamber of Commerce dubbed the council's timetable plan an "act of vandalism".

The Ramblers' Club praised the council's decision to keep the summer timetable.
`,
});

const fr = indexOf({
  'piscine.md': `---
id: piscine
title: La piscine de Valmont fermera l'hiver
lang: fr
---

Le conseil municipal de Valmont a voté la fermeture hivernale de la piscine Jean-Bouin.

Selon un sondage, 64 % des habitants se disent pour la fermeture hivernale de la piscine Jean-Bouin.

Le club de natation de Valmont a qualifié la fermeture de la piscine Jean-Bouin de « coup dur » pour ses nageurs.
`,
});

const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('a stance the claim gives its subject (stance)', () => {
  it('reads a claim’s verb of stance, not a noun or a court’s verb', () => {
    assert.equal(stanceOf('The union welcomed the decision.', 'en')?.stance, 'for');
    assert.equal(stanceOf('Le club a dénoncé la fermeture.', 'fr')?.stance, 'against');
    assert.equal(stanceOf('The union gave its support to the plan.', 'en'), undefined);
    assert.equal(stanceOf('Il a été condamné à deux ans de prison.', 'fr'), undefined);
  });

  it('reads a stance in the clause that names the claim’s subject', () => {
    const passage = "The Harbour Traders are happy to back the budget, but the Fishermen's Union has expressed disappointment.";
    assert.equal(statesStance(passage, 'en', 'for', ['union']), false);
    assert.equal(statesStance(passage, 'en', 'against', ['union']), true);
    assert.equal(statesStance('64 % des habitants se disent pour la fermeture.', 'fr', 'for'), true);
  });

  it('leaves unsupported a welcome that the passage tells as disappointment, or does not tell', () => {
    assert.equal(checkEn("The Fishermen's Union welcomed the cut in the winter ferry service.").label, 'unsupported');
    assert.equal(checkEn('The Chamber of Commerce welcomed the council’s timetable plan.').label, 'unsupported');
    assert.equal(checkFr('Le club de natation de Valmont a salué la fermeture de la piscine Jean-Bouin.').label, 'unsupported');
  });

  it('keeps a stance the passage states, in the claim’s verb or in other words', () => {
    assert.equal(checkEn("The Ramblers' Club welcomed the council's decision to keep the summer timetable.").label, 'supported');
    assert.equal(checkFr('Selon un sondage, 64 % des habitants approuvent la fermeture hivernale de la piscine Jean-Bouin.').label, 'supported');
  });
});
