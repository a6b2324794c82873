import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { holderOnlyInContext } from '../../../server/src/core/claims/holderInContext';
import { indexOf } from './helpers';

/** An invented French story of a theatre season: a troupe's award, the claim's director named only in another paragraph. */
const corpus = indexOf({
  'saison.md': `---
id: saison
title: La saison du théâtre de Brélac
lang: fr
date: 2022-09-01
---

La saison compte trente représentations. La troupe avait été saluée en 2019 par le trophée Orphée.

La metteuse en scène Lina Castel ouvrira la saison.
`,
});

const analysis = (text: string) => analyzeClaim(text, 'fr', corpus.names);
const check = (text: string) => checkClaim(text, analysis(text), corpus);

describe('claims: a name slot filled where the claim’s holder is named only around the passage', () => {
  it('tells a holder written only around the passage from one in its sentence, and a claim with no holder', () => {
    const text = 'La metteuse en scène Lina Castel a été saluée par le trophée Sirène.';
    const words = analysis(text).words;
    const slot = text.indexOf('Sirène');
    assert.ok(holderOnlyInContext(words, slot, () => false));
    assert.ok(!holderOnlyInContext(words, slot, (w) => w.norm === 'castel'));
    const unnamed = 'La troupe a été saluée par le trophée Sirène.';
    assert.ok(!holderOnlyInContext(analysis(unnamed).words, unnamed.indexOf('Sirène'), () => false));
  });

  it('leaves unsupported a claim a passage of another subject states below a contradiction’s coverage', () => {
    assert.notEqual(check('La metteuse en scène Lina Castel a été saluée par le trophée Sirène.').label, 'contradicted');
    assert.notEqual(check('Lina Castel a été saluée par le trophée Sirène.').label, 'contradicted');
  });
});
