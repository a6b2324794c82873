import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { boundBySibling } from '../../../server/src/core/claims/siblingValue';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { parseQuantities, sameQuantity } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

// Invented articles: each writes a value beside another one of the same phrase, with other words around it than the claims use.
const index = indexOf({
  'evacuation.md': `---
id: evacuation
title: Trois immeubles évacués à Villeclair
lang: fr
---

Trois immeubles ont été évacués à Villeclair, jeudi 4 avril, après l'apparition de fissures dans leurs façades.

Ces mesures concernent 27 habitants au total dont neuf enfants, selon la mairie.
`,
  'deficit.md': `---
id: deficit
title: Harbour council revises its deficit
lang: en
---

The Harbour council also projected a total deficit of £640m for the years from 2007 to 2016, slightly better than its previous projection.
`,
});

const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, index.names), index);
const fixOf = (text: string) => {
  const finding = findingsOf(checkDraft(parseMarkdown(`${text}\n`), index, { language: 'auto' })!, index).find((f) => f.code === 'contradicted-claim');
  return finding?.fixes[0]?.newText;
};

describe('siblingValue: a value bound to its fact by the value written next to it', () => {
  it('contradicts a count whose part the passage states beside another count, by the same « dont »', () => {
    const claim = 'Le 4 avril, trois immeubles ont été évacués, soit 37 habitants dont neuf enfants.';
    assert.equal(check(claim, 'fr').label, 'contradicted');
    assert.equal(fixOf(claim), '27');
  });

  it('contradicts the start of a span whose end the passage states after another start, by the same "to"', () => {
    const claim = 'The Harbour council projected a total deficit of £640m for the years 2006 to 2016.';
    assert.equal(check(claim, 'en').label, 'contradicted');
    assert.equal(fixOf(claim), '2007');
  });

  it('leaves the true claims alone', () => {
    assert.notEqual(check('Le 4 avril, trois immeubles ont été évacués, soit 27 habitants dont neuf enfants.', 'fr').label, 'contradicted');
    assert.notEqual(check('The Harbour council projected a total deficit of £640m for the years 2007 to 2016.', 'en').label, 'contradicted');
  });

  const bound = (claimText: string, sourceText: string, lang: 'fr' | 'en') => {
    const claimValues = parseQuantities(claimText, lang);
    const sourceValues = parseQuantities(sourceText, lang);
    return boundBySibling(claimText, claimValues[0], claimValues, sourceText, sourceValues[0], sourceValues, sameQuantity);
  };

  it('binds two values joined by the same link word, on the same side', () => {
    assert.equal(bound('soit 37 habitants dont neuf enfants', 'concernent 27 habitants au total dont neuf enfants', 'fr'), true);
    assert.equal(bound('for the years 2006 to 2016', 'for the years from 2007 to 2016', 'en'), true);
  });

  it('does not bind values of a list, of two clauses, or joined by another link', () => {
    // "and" joins two facts of a list, not one phrase.
    assert.equal(bound('in 2006 and 2016', 'in 2007 and 2016', 'en'), false);
    // A comma ends the phrase.
    assert.equal(bound('37 habitants dont neuf enfants', '27 habitants, puis neuf enfants', 'fr'), false);
    // Another link word: « dont » against « et ».
    assert.equal(bound('37 habitants dont neuf enfants', '27 habitants et neuf enfants', 'fr'), false);
    // The other value written twice by the passage: which one is the sibling, the passage does not say.
    assert.equal(bound('from 2006 to 2016', 'from 2007 to 2016 and 2016', 'en'), false);
  });
});
