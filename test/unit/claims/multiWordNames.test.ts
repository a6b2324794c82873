import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { insideLongerName, wholeNameFrom } from '../../../server/src/core/claims/multiWordNames';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

describe('names of several capitalised words joined by linking words', () => {
  const text = "l'ancienne préfète des Monts de la Serre, puis la Côte d'Opale et la Chambre des Métiers, Pavel Novak of Slovakia, la mairie de Valbrune de Jean Morel.";
  const at = (name: string) => text.indexOf(name);

  it('reads the whole name a capitalised word opens', () => {
    assert.equal(wholeNameFrom(text, at('Monts'), 'Monts'), 'Monts de la Serre');
    assert.equal(wholeNameFrom(text, at('Côte'), 'Côte'), "Côte d'Opale");
    assert.equal(wholeNameFrom(text, at('Chambre'), 'Chambre'), 'Chambre des Métiers');
    // English « of » after a name tells as often a person's country: not crossed.
    assert.equal(wholeNameFrom(text, at('Novak'), 'Novak'), 'Novak');
    // A bare « de » after a name is as often a possessive: not crossed.
    assert.equal(wholeNameFrom(text, at('Valbrune'), 'Valbrune'), 'Valbrune');
  });

  it('goes on over English "of" after an institution\'s head only', () => {
    const english = 'Mark Dunne, UK economist at Northern Bank of Alderney, and Pavel Novak of Slovakia spoke.';
    assert.equal(wholeNameFrom(english, english.indexOf('Northern Bank'), 'Northern Bank'), 'Northern Bank of Alderney');
    assert.equal(wholeNameFrom(english, english.indexOf('Pavel Novak'), 'Pavel Novak'), 'Pavel Novak');
  });

  it('tells a name that ends a longer one', () => {
    assert.ok(insideLongerName(text, at('Serre')));
    assert.ok(insideLongerName(text, at('Métiers')));
    assert.ok(!insideLongerName(text, at('Slovakia')));
    assert.ok(!insideLongerName(text, at('Monts')));
    assert.ok(!insideLongerName(text, at('Jean')));
  });
});

describe('a place in a role\'s slot that the passage writes with several words', () => {
  const index = indexOf({
    'lettre.md': `---
id: lettre
title: La lettre de Marie Lestrade
lang: fr
date: 2021-06-02
---

Le ministre met fin le lendemain aux fonctions de Mme Lestrade. "Il a voulu se couvrir", déclare l'ancienne préfète des Monts de la Serre à La Gazette.
`,
  });
  const claim = "Marie Lestrade est l'ancienne préfète de Picardie.";

  it('never names a fragment of the passage\'s name, nor writes one', () => {
    const verdict = checkClaim(claim, analyzeClaim(claim, 'fr', index.names), index);
    assert.equal(verdict.label, 'contradicted');
    assert.match(verdict.conflict!.sourceText, /Monts de la Serre$/);
    const findings = findingsOf(checkDraft(parseMarkdown(`${claim}\n`), index, { language: 'fr' })!, index);
    for (const f of findings) {
      assert.ok(!/« des Monts »|« Monts »/.test(f.message), f.message);
      for (const fix of f.fixes) assert.match(fix.newText, /Monts de la Serre/);
    }
  });
});
