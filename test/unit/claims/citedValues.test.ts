import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { citedValueOfFact } from '../../../server/src/core/claims/citedValues';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

describe('the cited source gives the claim\'s fact another value', () => {
  const index = indexOf({
    'rivet.md': `---
id: rivet
title: Paul Rivet quitte la fonderie
lang: fr
---

Victime pendant 36 ans des brimades de son contremaître, Paul Rivet avait fini par quitter la fonderie de Vauclair.
`,
    'syndicat.md': `---
id: syndicat
title: Le syndicat soutient Paul Rivet
lang: fr
---

Le syndicat entend tenir compte des brimades subies par Paul Rivet à la fonderie de Vauclair pendant plus de 30 ans.
`,
  });
  const check = (text: string, cited?: string[]) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index, { cited });

  it('is contradicted by the cited source, not answered by another citation that states the claim\'s value', () => {
    const verdict = check('Paul Rivet a subi pendant 30 ans les brimades de son contremaître à la fonderie de Vauclair.', ['rivet']);
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.evidence[0].doc.id, 'rivet');
    assert.equal(verdict.conflict?.sourceText, '36 ans');
    // The other source is named as disagreeing, with its value as it writes it.
    assert.equal(verdict.disagreement?.evidence.doc.id, 'syndicat');
    assert.equal(verdict.disagreement?.sourceText, 'plus de 30 ans');
  });

  it('gives the writer the cited source\'s value as the fix, and never a swap of the citation', () => {
    const text = 'Paul Rivet a subi pendant 30 ans les brimades de son contremaître à la fonderie de Vauclair [@rivet].\n';
    const findings = findingsOf(checkDraft(parseMarkdown(text), index, { language: 'fr' })!, index);
    assert.deepEqual(findings.map((f) => f.code), ['contradicted-claim']);
    assert.deepEqual(findings[0].fixes.map((f) => f.newText), ['36']);
  });

  it('leaves a claim that cites nothing, or cites the source of its value, alone', () => {
    assert.notEqual(check('Paul Rivet a subi pendant 30 ans les brimades de son contremaître à la fonderie de Vauclair.').label, 'contradicted');
    assert.notEqual(check('Paul Rivet a subi pendant 30 ans les brimades de son contremaître à la fonderie de Vauclair.', ['syndicat']).label, 'contradicted');
    // The cited source's value itself is right.
    assert.notEqual(check('Paul Rivet a subi pendant 36 ans les brimades de son contremaître à la fonderie de Vauclair.', ['rivet']).label, 'contradicted');
  });
});

describe('the cited source alone gives the claim\'s fact another value', () => {
  const index = indexOf({
    'rivet.md': `---
id: rivet
title: Paul Rivet quitte la fonderie
lang: fr
---

Victime pendant 36 ans des brimades de son contremaître, Paul Rivet avait fini par quitter la fonderie de Vauclair.
`,
    'durand.md': `---
id: durand
title: Marc Durand quitte l'atelier
lang: fr
---

Victime pendant 25 ans des brimades de son contremaître, puis pendant 6 ans des brimades de son directeur, Marc Durand avait fini par quitter l'atelier de Vauclair.
`,
  });
  const check = (text: string, cited?: string[]) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index, { cited });

  it('is contradicted by it, fixed from it, where no source states the claim', () => {
    const claim = 'Paul Rivet a subi pendant 30 ans les brimades de son contremaître à la fonderie de Vauclair.';
    const verdict = check(claim, ['rivet']);
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceText, '36 ans');
    assert.equal(verdict.disagreement, undefined);
    // Uncited, the other words governing the figure leave it unsupported (the alignment's precision).
    assert.notEqual(check(claim).label, 'contradicted');
  });

  it('gives no value where the cited passage gives two other values of the measure, or the claim\'s own', () => {
    const claim = 'Marc Durand a subi pendant 20 ans les brimades de son contremaître.';
    const analysis = analyzeClaim(claim, 'fr', index.names);
    const valueOf = (passage: string) => {
      const pair = citedValueOfFact(claim, analysis.quantities, analysis.quantities, [], 'fr', passage, parseQuantities(passage, 'fr'), 'fr', (a, b) => a.unit === b.unit, (a, b) => a.value !== b.value);
      return pair?.source.raw;
    };
    assert.equal(valueOf('Victime pendant 25 ans des brimades de son contremaître, Marc Durand avait quitté l\'atelier.'), '25 ans');
    // « 25 ans des brimades », « 6 ans des brimades »: which one the claim's « 20 ans » is, the words do not say.
    assert.equal(valueOf('Victime pendant 25 ans des brimades de son contremaître, puis pendant 6 ans des brimades de son directeur, Marc Durand avait quitté l\'atelier.'), undefined);
    assert.equal(valueOf('Victime pendant 25 ans des brimades de son contremaître et pendant 20 ans des brimades de son directeur, Marc Durand avait quitté l\'atelier.'), undefined);
    // Another measure noun: another fact.
    assert.equal(valueOf('Victime pendant 25 ans de son contremaître, Marc Durand avait gardé 25 ans de souvenirs.'), undefined);
  });
});
