import assert from 'node:assert/strict';
import { acronymWritten } from '../../../server/src/core/text/acronyms';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

/** An invented French story that names a broadcaster by an acronym that spells a French stop word (« vos »). */
const corpus = indexOf({
  'azur.md': `---
id: azur
title: Drame à l'hôtel Azur
lang: fr
date: 2022-08-02
---

Un Belge de 61 ans est mort à l'hôtel Azur de Menton, selon la chaîne publique VOS.

Vos témoignages sont les bienvenus, a ajouté la direction de l'hôtel Azur.
`,
});

describe('acronymWritten', () => {
  it('finds an acronym written in the same capitals', () => {
    assert.equal(acronymWritten('VOS', 'vos', new Map([['vos', 'VOS']])), true);
  });

  it('takes no word in lower case or capitalised for an acronym', () => {
    assert.equal(acronymWritten('VOS', 'vos', new Map([['vos', 'Vos']])), false);
    assert.equal(acronymWritten('Vos', 'vos', new Map([['vos', 'Vos']])), false);
    assert.equal(acronymWritten('V', 'v', new Map([['v', 'V']])), false);
  });

  it('lets an English claim name the broadcaster whose acronym is a French stop word', () => {
    const text = 'A 61-year-old Belgian man died at the Azur hotel in Menton, according to the public broadcaster VOS.';
    assert.equal(checkClaim(text, analyzeClaim(text, 'en', corpus.names), corpus).label, 'supported');
  });
});
