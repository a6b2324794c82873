import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { attributeOfAnotherName } from '../../../server/src/core/claims/parentheticalAttribute';
import { indexOf } from './helpers';

/** Invented articles: two people each with a body in parentheses, two councillors each with a party. */
const corpus = indexOf({
  'ports.md': `---
id: ports
title: A study of ports
lang: en
---

The study was written by Ana Ruiz (University of Leeds) and Tom Hale (Bristol Institute), who surveyed 40 ports.
`,
  'conseil.md': `---
id: conseil
title: Le conseil de Valbrune
lang: fr
---

La motion a été déposée par Marie Durand (Verts) et soutenue par Paul Ancel (Union centriste), le 4 mai.
`,
});

const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

describe('an attribute in parentheses after a name', () => {
  const passage = 'The study was written by Ana Ruiz (University of Leeds) and Tom Hale (Bristol Institute), who surveyed 40 ports.';

  it('reads the claim name’s attribute given to a neighbouring name, with the passage’s attribute of the claim’s name', () => {
    const claim = 'Tom Hale (University of Leeds) surveyed 40 ports.';
    const found = attributeOfAnotherName(claim, passage, 'en');
    assert.equal(found?.source, 'Bristol Institute');
    assert.equal(claim.slice(found!.claimStart, found!.claimEnd), 'University of Leeds');
  });

  it('leaves the name’s own attribute alone, written more or less fully', () => {
    assert.equal(attributeOfAnotherName('Ana Ruiz (University of Leeds) surveyed 40 ports.', passage, 'en'), undefined);
    assert.equal(attributeOfAnotherName('Ms Ruiz (Leeds) surveyed 40 ports.', passage, 'en'), undefined);
    // An attribute no name of the passage has: nothing told against it here.
    assert.equal(attributeOfAnotherName('Tom Hale (Cardiff) surveyed 40 ports.', passage, 'en'), undefined);
    // Figures and scores in parentheses are no attribute.
    assert.equal(attributeOfAnotherName('Hale won 7-6 (7-3).', 'Ruiz won 6-4 (7-3).', 'en'), undefined);
  });

  it('contradicts a claim that gives a name its neighbour’s attribute, with the name’s own', () => {
    const v = check('La motion a été déposée par Marie Durand (Union centriste), le 4 mai.', 'fr');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceName, 'Verts');
    assert.equal(check('La motion a été déposée par Marie Durand (Verts), le 4 mai.', 'fr').label, 'supported');
    assert.equal(check('The study was written by Tom Hale (University of Leeds), who surveyed 40 ports.', 'en').conflict?.sourceName, 'Bristol Institute');
  });
});
