import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { atAnotherStage } from '../../../server/src/core/claims/stages';
import { indexOf } from './helpers';

// Invented text: a case told at its first trial, a festival told last year.
const index = indexOf({
  'verdier.md': `---
id: verdier
title: Paul Verdier rejugé à Rennes
lang: fr
---

Paul Verdier, ancien maire de Saint-Aubin, a été rejugé pour détournement de fonds publics. Lors de son procès en première instance, Paul Verdier avait été condamné à trois ans de prison ferme.
`,
  'festival.md': `---
id: festival
title: Harbour festival numbers
lang: en
---

Last year the Kestrel Harbour festival drew 12,000 visitors to the old docks.
`,
});
const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, index.names), index);

describe('a value told at another stage of the case', () => {
  it('reads the stages a claim and a passage name', () => {
    assert.equal(atAnotherStage('Il a été condamné à cinq ans en appel.', 'En première instance, il avait été condamné à trois ans.'), true);
    assert.equal(atAnotherStage('They won 3-1 in the semi-final.', 'They lost 2-0 in the final.'), true);
    assert.equal(atAnotherStage('Il a été condamné à cinq ans.', 'En première instance, il avait été condamné à trois ans.'), false);
    assert.equal(atAnotherStage('Il a été condamné à cinq ans en appel.', 'En appel, il a été condamné à trois ans.'), false);
  });

  it('neither contradicts the claim nor fixes it with the other stage\'s value', () => {
    const appeal = check('Paul Verdier a été condamné à cinq ans de prison ferme en appel.', 'fr');
    assert.notEqual(appeal.label, 'contradicted');
    const thisYear = check('This year the Kestrel Harbour festival drew 15,000 visitors to the old docks.', 'en');
    assert.notEqual(thisYear.label, 'contradicted');
  });
});
