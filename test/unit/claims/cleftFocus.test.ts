import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { cleftFocus } from '../../../server/src/core/claims/cleftFocus';
import { indexOf } from './helpers';

/** An invented article where the act is told of someone else than the person a cleft claim puts forward. */
const fr = indexOf({
  'course.md': `---
id: course
title: La disparition de Marie Vasseur à Valmont
lang: fr
---

Marie Vasseur est partie courir samedi matin près du lac de Valmont.

Selon les enquêteurs, son mari lui avait lacé ses chaussures de sport avant le départ.

Le maire Paul Girard a ouvert une cellule d'écoute à la mairie de Valmont.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('the person a cleft claim puts forward (cleftFocus)', () => {
  it('reads the focus of « C’est X qui » and "It was X who", not a focus of time', () => {
    const at = (text: string, lang: 'fr' | 'en') => {
      const f = cleftFocus(text, lang);
      return f && text.slice(f.start, f.end);
    };
    assert.equal(at("C'est Marie Vasseur elle-même qui avait lacé ses chaussures.", 'fr'), 'Marie Vasseur');
    assert.equal(at('It was Ann Lowe who compared the two forecasts.', 'en'), 'Ann Lowe');
    assert.equal(at("C'est le 3 juin que le maire a ouvert la cellule.", 'fr'), undefined);
  });

  it('leaves unsupported a cleft whose person no passage names in its own sentence', () => {
    assert.equal(check("C'est Marie Vasseur elle-même qui avait lacé ses chaussures de sport avant le départ.").label, 'unsupported');
  });

  it('keeps a cleft whose person the passage names', () => {
    assert.equal(check("C'est le maire Paul Girard qui a ouvert une cellule d'écoute à la mairie de Valmont.").label, 'supported');
  });
});
