import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

/** An invented article that lists values place by place, as weather reports do. */
const corpus = indexOf({
  'crue.md': `---
id: crue
title: La crue de la Vire
lang: fr
---

Vigicrues a relevé des hauteurs d'eau de 4,2 mètres à Saint-Lô et 3,1 mètres à Condé, mais aussi 5,6 mètres à Pontfarcy, ainsi que 2,8 mètres à Tessy.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', corpus.names), corpus);

describe('values listed place by place', () => {
  it('writes no value of another place when the claim names its place after the verb', () => {
    const v = check("Des hauteurs d'eau de 3,5 mètres ont été relevées à Tessy.");
    assert.notEqual(v.conflict?.sourceText, '4,2 mètres');
  });

  it('writes no value of another place when the claim names its place first', () => {
    const v = check("À Tessy, des hauteurs d'eau de 3,5 mètres ont été relevées.");
    assert.notEqual(v.conflict?.sourceText, '4,2 mètres');
  });
});
