import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

const index = indexOf({
  'litige.md': `---
id: litige
title: "Le litige du pont de Vaurenne"
lang: fr
---

Le 3 mars 2001, la commune de Vaurenne est condamnée à verser 8.000 euros à chacun des riverains pour retard de chantier.

Le 9 avril 2003, la commune de Brécy, qui avait été mise en cause en 1998, est condamnée à verser 6.000 euros à son architecte.
`,
});
const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index);

describe('a year written alone against a passage date of that year', () => {
  it('is stated by the day that writes it', () => {
    assert.equal(check('En 2001, la commune de Vaurenne a été condamnée à verser 8 000 euros à chacun des riverains.').label, 'supported');
  });

  it('is not stated by a day of another year', () => {
    assert.notEqual(check('En 2002, la commune de Vaurenne a été condamnée à verser 8 000 euros à chacun des riverains.').label, 'supported');
  });

  it('is neither stated nor contradicted by a passage that writes another year too', () => {
    assert.equal(check('En 2003, la commune de Brécy a été condamnée à verser 6 000 euros à son architecte.').label, 'unsupported');
  });
});
