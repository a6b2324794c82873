import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { articleOnlyDifference } from '../../../server/src/core/claims/placeArticle';
import { indexOf } from './helpers';

describe('a place name and its article', () => {
  const fr = indexOf({
    'kerjean.md': `---
id: kerjean
title: Le budget de Quimper
lang: fr
---

Le maire de Quimper a présenté son budget mardi. Selon une source proche du dossier, le maire Yves Kerjean aurait reçu les élus au château de Valmont, sa résidence officielle, dès son retour à Quimper.
`,
  });

  it('replaces the claim’s article and name with the source’s name, never with its preposition', () => {
    const claim = 'Le maire Yves Kerjean aurait reçu les élus au château de l’Ermitage.';
    const result = checkClaim(claim, analyzeClaim(claim, 'fr', fr.names), fr);
    assert.equal(result.label, 'contradicted');
    assert.equal(result.conflict?.sourceText, 'Valmont');
    assert.equal(claim.slice(result.conflict!.claimStart, result.conflict!.claimEnd), 'l’Ermitage');
  });

  it('gives nothing for a source’s article or other links', () => {
    const a = 'au palais de Valmont, dit-il';
    const b = "au palais de l'Ermitage, dit-il";
    assert.deepEqual(articleOnlyDifference(b, b.indexOf('Ermitage'), a, a.indexOf('Valmont'), 'Valmont'), { claimStart: b.indexOf("l'Ermitage"), sourceName: 'Valmont' });
    assert.equal(articleOnlyDifference(a, a.indexOf('Valmont'), b, b.indexOf('Ermitage'), 'Ermitage'), undefined);
    assert.equal(articleOnlyDifference('Yukos filed in Dallas.', 16, 'Yukos filed in the US.', 19, 'US'), undefined);
    assert.equal(articleOnlyDifference('il vit près de Dieppe', 17, 'il vit près du Havre', 17, 'Havre'), undefined);
  });
});
