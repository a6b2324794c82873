import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { roleMentions } from '../../../server/src/core/claims/roles';
import { indexOf } from './helpers';

describe('a past participle after « avoir » spelt as a role noun', () => {
  const heads = (text: string) => roleMentions(text, 'fr').map((m) => m.head.text);

  it('is a verb, not a title', () => {
    assert.deepEqual(heads('La présidente du conseil régional, Aline Verdier, a jugé que le budget était trop serré.'), ['présidente']);
    assert.deepEqual(heads('Le maire de Bellac, Paul Ternon, a délégué ses pouvoirs à son adjoint.'), ['maire']);
  });
  it('leaves a title after a name and its article alone', () => {
    assert.deepEqual(heads('Paul Ternon, le juge de Bellac, a statué.'), ['juge']);
  });

  const fr = indexOf({
    'region.md': `---
id: region
title: Budget de la région Norlande
lang: fr
---

Le budget régional a été voté mardi. La présidente Aline Verdier estime que la région de Norlande manque de moyens pour ses lycées.
`,
  });
  it('does not make a title conflict of the verb', () => {
    const claim = 'La dirigeante de la région de Norlande, Aline Verdier, a jugé que la région manquait de moyens pour ses lycées.';
    const v = checkClaim(claim, analyzeClaim(claim, 'fr', fr.names), fr);
    assert.notEqual(v.label, 'contradicted');
  });
});
