import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { governedBySameWord } from '../../../server/src/core/claims/governedTime';
import { valueContext } from '../../../server/src/core/claims/alignment';
import { indexOf } from './helpers';

/** An invented report: the date of an event told with fewer words around it than the claim gives. */
const index = indexOf({
  'mairie.md': `---
id: mairie
title: Deux agents de la mairie de Villeclair suspendus
lang: fr
date: 2019-03-15
---

Deux agents de la mairie de Villeclair, soupçonnés d'avoir détourné des fonds destinés aux associations sportives de la commune, ont été suspendus jeudi 14 mars dans la matinée.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index);
const timeOf = (text: string) => {
  const quantities = analyzeClaim(text, 'fr', index.names).quantities;
  const q = quantities.find((x) => x.kind === 'date' || x.kind === 'year')!;
  return { q, context: valueContext(text, q, quantities, 'fr') };
};

describe('governedTime: a time bound to its fact by the word that governs it', () => {
  it('contradicts a date whose verb governs another date in the passage', () => {
    const v = check('Deux agents de la mairie de Villeclair ont été suspendus le 14 février 2019 par le préfet.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceText, '14 mars');
  });

  it('leaves the true date alone', () => {
    assert.notEqual(check('Deux agents de la mairie de Villeclair ont été suspendus le 14 mars 2019 par le préfet.').label, 'contradicted');
  });

  it('binds two times governed by one word, not by two, nor with another relation', () => {
    const a = timeOf('Ils ont été suspendus le 14 février 2019 par le préfet.');
    const b = timeOf('Ils ont été suspendus jeudi 14 mars dans la matinée.');
    const c = timeOf('Ils ont été relâchés jeudi 14 mars dans la matinée.');
    const d = timeOf('Ils sont suspendus depuis le 14 mars.');
    assert.equal(governedBySameWord(a.q, a.context, b.q, b.context), true);
    assert.equal(governedBySameWord(a.q, a.context, c.q, c.context), false);
    assert.equal(governedBySameWord(a.q, a.context, d.q, d.context), false);
  });
});
