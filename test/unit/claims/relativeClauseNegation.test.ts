import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { negationInRelativeClauseOnly } from '../../../server/src/core/claims/relativeClauseNegation';
import { indexOf } from './helpers';

describe('a negation in a relative clause the claim does not repeat', () => {
  const fr = indexOf({
    'aerolux.md': `---
id: aerolux
title: Les hélicoptères d'Aerolux
lang: fr
---

La société Aerolux a confirmé l'affaire mardi. Ces trois hélicoptères avaient été vendus à des acheteurs différents pour des usages qui "ne semblaient pas liés les uns aux autres", a dit Aerolux.
`,
  });
  const en = indexOf({
    'aerolux.md': `---
id: aerolux
title: Aerolux helicopters
lang: en
---

Aerolux confirmed the deal on Tuesday. The three helicopters had been sold to different buyers for uses which "did not seem linked to one another", Aerolux said.
`,
  });

  it('does not contradict the main clause’s fact', () => {
    const fc = 'Les trois hélicoptères d’Aerolux avaient été vendus à des acheteurs différents.';
    assert.notEqual(checkClaim(fc, analyzeClaim(fc, 'fr', fr.names), fr).label, 'contradicted');
    const ec = "Aerolux's three helicopters had been sold to different buyers.";
    assert.notEqual(checkClaim(ec, analyzeClaim(ec, 'en', en.names), en).label, 'contradicted');
  });

  it('keeps a relative clause’s negation of a claim word', () => {
    assert.equal(negationInRelativeClauseOnly('Il a acheté des avions qui n’ont pas été loués.', 'fr', new Set(['lou', 'loue', 'loues'])), false);
    assert.equal(negationInRelativeClauseOnly('Les avions ont été loués pour des missions qui ne semblaient pas liées.', 'fr', new Set(['avion', 'lou'])), true);
    assert.equal(negationInRelativeClauseOnly('Les avions n’ont pas été loués pour des missions qui ne semblaient pas liées.', 'fr', new Set(['avion'])), false);
  });
});
