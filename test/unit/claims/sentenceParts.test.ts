import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { wholeOfPartedTerm } from '../../../server/src/core/claims/sentenceParts';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

// Invented text: a sentence given whole with its firm part.
const index = indexOf({
  'lagarde.md': `---
id: lagarde
title: Marc Lagarde condamné
lang: fr
---

L'ancien trésorier Marc Lagarde a été condamné à cinq ans de prison, dont trois ferme, pour abus de biens sociaux.
`,
});
const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index);

describe('a sentence given whole with its part', () => {
  it('reads the whole term a source splits after its value, against a claim of the part', () => {
    const claim = 'Il a été condamné à trois ans de prison ferme.';
    const source = 'Il a été condamné à cinq ans de prison, dont trois ferme.';
    assert.equal(wholeOfPartedTerm(claim, parseQuantities(claim, 'fr')[0], source, parseQuantities(source, 'fr')[0]), true);
    const whole = 'Il a été condamné à trois ans de prison.';
    assert.equal(wholeOfPartedTerm(whole, parseQuantities(whole, 'fr')[0], source, parseQuantities(source, 'fr')[0]), false);
    const wholeWithPart = 'Il a été condamné à cinq ans de prison dont deux ferme.';
    assert.equal(wholeOfPartedTerm(wholeWithPart, parseQuantities(wholeWithPart, 'fr')[0], source, parseQuantities(source, 'fr')[0]), false);
  });

  it('does not contradict the firm part with the whole term', () => {
    assert.notEqual(check("L'ancien trésorier Marc Lagarde a été condamné à trois ans de prison ferme.").label, 'contradicted');
  });
});
