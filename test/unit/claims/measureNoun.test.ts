import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { anotherMeasure, measuresIn } from '../../../server/src/core/claims/measureNoun';
import { indexOf } from './helpers';

/** Invented results where two figures of two measures sit side by side, as business news writes them. */
const en = indexOf({
  'results.md': `---
id: results
title: Harwell Foods results
lang: en
---

Harwell Foods said its sales rose 12% to $4.5bn last year.

Its market share is 18%, up from 15% a year earlier, the company said.

Harwell Foods will open 40 new shops in Scotland next year.
`,
});

const fr = indexOf({
  'laiterie.md': `---
id: laiterie
title: Les résultats de la laiterie Vallon
lang: fr
---

Le chiffre d'affaires de la laiterie Vallon a progressé de 12 % en 2016.

Sa part de marché atteint désormais 18 %, selon la direction.
`,
});

const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('the measure a claim names for its figure (measureNoun)', () => {
  it('reads measures in the words the press uses for them, one group for synonyms', () => {
    assert.deepEqual([...measuresIn('Its turnover and its market share rose.', 'en')].sort(), ['revenue', 'share']);
    assert.deepEqual([...measuresIn("Le chiffre d'affaires et les ventes ont progressé.", 'fr')], ['revenue']);
    // A verb is no measure: "Varnia imports" tells who imports, not imports as a figure.
    assert.deepEqual([...measuresIn('Zembla supplies 45% of the gas Varnia imports.', 'en')], []);
    assert.deepEqual([...measuresIn('Its imports rose 5%.', 'en')], ['imports']);
    assert.equal(anotherMeasure('Its revenue rose 12%.', 'en', 'Its sales rose 12%.', [], 'en'), false);
    assert.equal(anotherMeasure('Its market share rose 12%.', 'en', 'Its sales rose 12%.', [], 'en'), true);
    // A share of stock in the singular, as the press writes it, is the shares' price; a market share is not.
    assert.equal(anotherMeasure('Brenvik shares climbed 40% before trading was halted.', 'en', 'Brenvik share jumped in Oslo, climbing 40% before trading was halted.', ['Norland will now control about 16% of the output.'], 'en'), false);
    assert.deepEqual([...measuresIn('Its market share rose.', 'en')], ['share']);
  });

  it('leaves unsupported a figure the passage gives to another measure', () => {
    assert.equal(checkEn("Harwell Foods' market share rose 12%.").label, 'unsupported');
    assert.equal(checkEn("Harwell Foods' sales rose 18%.").label, 'unsupported');
    assert.equal(checkFr('La part de marché de la laiterie Vallon a progressé de 12 % en 2016.').label, 'unsupported');
  });

  it('keeps a figure of the measure the passage names, in the claim’s word or a synonym', () => {
    assert.equal(checkEn('Harwell Foods said its revenue rose 12% last year.').label, 'supported');
    assert.equal(checkEn("Harwell Foods' market share is 18%.").label, 'supported');
    assert.equal(checkFr("Le chiffre d'affaires de la laiterie Vallon a progressé de 12 % en 2016.").label, 'supported');
  });
});
