import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

/** A chronology scraped into one paragraph: each item opens with a bullet and its date, glued to the item before. */
const index = indexOf({
  'chronologie.md': `---
id: chronologie
title: "Le litige du pont de Vaurenne"
lang: fr
---

Le chantier du pont est suspendu à plusieurs reprises, de mai 1990 à juin 1992.• 3 mars 2001 : la commune condamnéeLa commune de Vaurenne est condamnée à verser 8.000 euros à chacun des riverains pour retard de chantier.
`,
});
const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index);

describe('an item of a glued chronology', () => {
  it('is dated by its own date, not by a year of the item before', () => {
    const verdict = check('En 2001, la commune de Vaurenne a été condamnée à verser 8 000 euros à chacun des riverains.');
    assert.notEqual(verdict.label, 'contradicted');
  });

  it('states its own full date', () => {
    assert.equal(check('Le 3 mars 2001, la commune de Vaurenne a été condamnée à verser 8 000 euros à chacun des riverains.').label, 'supported');
  });
});
