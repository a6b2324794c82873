import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { withClosedAsidesBlanked } from '../../../server/src/core/claims/closedAsides';
import { indexOf } from './helpers';

describe('asides closed before a word of the opposite: "The board - which sets fares - voted unanimously"', () => {
  it('blanks the asides that close before the offset, keeping offsets', () => {
    const text = 'The board - which sets fares - voted, and the mayor, who chairs it, agreed.';
    const blanked = withClosedAsidesBlanked(text, text.indexOf('agreed'));
    assert.equal(blanked.length, text.length);
    assert.ok(!blanked.includes('which') && !blanked.includes('who'));
    assert.ok(blanked.includes('voted') && blanked.includes('agreed'));
    assert.equal(withClosedAsidesBlanked(text, text.indexOf('fares')), text);
  });

  const en = indexOf({
    'fares.md': `---
id: fares
title: Fares frozen in Norwich
lang: en
---

The Norwich Transit Board - which sets bus fares across Norfolk - voted unanimously in favour of a fare freeze.
`,
  });
  const fr = indexOf({
    'tarifs.md': `---
id: tarifs
title: Tarifs gelés à Rennes
lang: fr
---

Le conseil de Rennes Mobilité, qui fixe les tarifs des bus, s'est prononcé à l'unanimité pour un gel des tarifs.
`,
  });
  const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);
  const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

  it('does not support a claim whose word the passage says the other way after an aside', () => {
    assert.notEqual(checkEn('The Norwich Transit Board was divided over the fare freeze.').label, 'supported');
    assert.notEqual(checkFr('Le conseil de Rennes Mobilité était divisé sur le gel des tarifs.').label, 'supported');
  });

  it('supports the claim that says the passage’s way', () => {
    assert.equal(checkEn('The Norwich Transit Board voted unanimously in favour of a fare freeze.').label, 'supported');
  });
});
