import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

// Invented articles: each sentence restates a fact with other verbs and forms than the claims below use.
const index = indexOf({
  'tablet.md': `---
id: tablet
title: Brightleaf unveils a reading tablet
lang: en
---

Brightleaf unveiled its first reading tablet on Thursday in Leeds. The company hopes to sell it in every bookshop of the country.

A deluxe model with a brighter backlit screen will also be sold for $329.

The Harwick bookshop chain agreed to buy a minority share in Brightleaf for $40m (£31m).
`,
  'incendie.md': `---
id: incendie
title: Incendie dans un entrepôt de Villeclair
lang: fr
---

Un incendie s'est déclaré dimanche dans un entrepôt de meubles de Villeclair.

Le sinistre a été signalé par une passante à 5 h 12, et l'arrivée des premiers secours sur les lieux six minutes plus tard a permis d'éviter sa propagation.
`,
});

const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, index.names), index);
const fixOf = (text: string) => {
  const finding = findingsOf(checkDraft(parseMarkdown(`${text}\n`), index, { language: 'auto' })!, index).find((f) => f.code === 'contradicted-claim');
  return finding?.fixes[0]?.newText;
};

describe('a value aligned with the claim by the whole passage sentence', () => {
  it('contradicts a figure whose sentence restates the claim in other forms of its words, and writes the source’s', () => {
    const price = 'A deluxe model with a brighter backlit screen would sell for $429.';
    assert.equal(check(price, 'en').label, 'contradicted');
    assert.equal(fixOf(price), '329');
    const delay = 'Le sinistre a été signalé par une passante à 5 h 12, et les premiers secours sont arrivés sur place seize minutes plus tard.';
    assert.equal(check(delay, 'fr').label, 'contradicted');
    assert.equal(fixOf(delay), 'six');
  });

  it('still supports the claim’s own value written so', () => {
    assert.equal(check('A deluxe model with a brighter backlit screen would sell for $329.', 'en').label, 'supported');
  });

  it('is no contradiction when the sentence names only part of the claim’s names, or states another predicate', () => {
    // The price of a share sale is not the value the claim gives the company (« valued … at »): Brightleaf is named, the predicate is not.
    assert.notEqual(check('The sale of a minority share to Harwick valued Brightleaf at $90m.', 'en').label, 'contradicted');
    // Another holder named in the claim that the sentence does not write.
    assert.notEqual(check('Orvane sold a deluxe model with a brighter backlit screen for $429.', 'en').label, 'contradicted');
  });
});
